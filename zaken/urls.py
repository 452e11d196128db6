from django.urls import path

from zaken.views import detail, documenten, lijst, registreren

app_name = "zaken"

urlpatterns = [
    path("", lijst.zaken_lijst, name="lijst"),
    path("registreren/", registreren.zaak_registreren, name="registreren"),
    path("<str:identificatie>/", detail.zaak_detail, name="detail"),
    path("<str:identificatie>/documenten/toevoegen/", documenten.document_toevoegen, name="document-toevoegen"),
    path(
        "<str:identificatie>/documenten/<uuid:uuid>/download/", documenten.document_download, name="document-download"
    ),
    path(
        "<str:identificatie>/documenten/<uuid:uuid>/definitief/",
        documenten.document_definitief,
        name="document-definitief",
    ),
]
