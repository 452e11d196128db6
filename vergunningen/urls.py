from django.urls import path

from vergunningen import views

app_name = "vergunningen"

urlpatterns = [
    path("zaken/<str:identificatie>/intrekken/", views.intrekken, name="intrekken"),
    path("zaken/<str:identificatie>/verlengen/", views.verlengen, name="verlengen"),
]
