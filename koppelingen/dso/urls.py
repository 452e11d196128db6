app_name = "dso"

urlpatterns: list = []
