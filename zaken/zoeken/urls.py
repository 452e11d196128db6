app_name = "zoeken"

urlpatterns: list = []
