app_name = "brieven"

urlpatterns: list = []
