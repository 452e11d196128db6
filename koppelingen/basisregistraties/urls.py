app_name = "basisregistraties"

urlpatterns: list = []
