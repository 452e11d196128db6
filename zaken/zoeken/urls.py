from django.urls import path

from zaken.zoeken import views

app_name = "zoeken"

urlpatterns = [
    path("", views.zoeken, name="zoeken"),
    path("kaart/", views.kaart, name="kaart"),
    path("kaart/gegevens/", views.kaart_data, name="kaart-gegevens"),
    path("open/<int:organisatie_id>/<str:identificatie>/", views.open_in_organisatie, name="open"),
]
