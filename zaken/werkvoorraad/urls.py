app_name = "werkvoorraad"

urlpatterns: list = []
