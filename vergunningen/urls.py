app_name = "vergunningen"

urlpatterns: list = []
