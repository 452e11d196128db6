app_name = "handhaving"

urlpatterns: list = []
