from django.urls import path

from zaken.kcc import views

app_name = "kcc"

urlpatterns = [
    path("", views.index, name="index"),
    path("contactmomenten/", views.contactmomenten, name="contactmomenten"),
    path("zaak/<str:identificatie>/", views.zaak, name="zaak"),
    path("zaak/<str:identificatie>/contactmoment/", views.contactmoment, name="contactmoment"),
]
