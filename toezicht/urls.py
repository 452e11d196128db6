app_name = "toezicht"

urlpatterns: list = []
