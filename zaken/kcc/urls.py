app_name = "kcc"

urlpatterns: list = []
