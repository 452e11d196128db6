from django.urls import path

from zaken.werkvoorraad.views import lijst, taak, team

app_name = "werkvoorraad"

urlpatterns = [
    path("", lijst.werkvoorraad, name="index"),
    path("team/", team.teamleider, name="team"),
    path("meldingen/", team.notificaties, name="notificaties"),
    path("meldingen/gelezen/", team.notificaties_gelezen, name="notificaties-gelezen"),
    path("taken/<int:pk>/", taak.taak, name="taak"),
    path("taken/<int:pk>/oppakken/", lijst.oppakken, name="oppakken"),
    path("taken/<int:pk>/vrijgeven/", lijst.vrijgeven, name="vrijgeven"),
    path("taken/<int:pk>/toewijzen/", taak.toewijzen, name="toewijzen"),
]
