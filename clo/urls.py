from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from clo.accounts.views import wissel_organisatie
from clo.core.health import health
from clo.core.views import start

admin.site.site_header = "CLO beheer"
admin.site.site_title = "CLO beheer"
admin.site.index_title = "Configuratie voor functioneel beheer"

urlpatterns = [
    path("", start, name="start"),
    path("health/", health, name="health"),
    path("inloggen/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("organisatie/wisselen/", wissel_organisatie, name="wissel-organisatie"),
    path("zaken/", include("zaken.urls")),
    path("werkvoorraad/", include("zaken.werkvoorraad.urls")),
    path("brieven/", include("zaken.brieven.urls")),
    path("vergunningen/", include("vergunningen.urls")),
    path("toezicht/", include("toezicht.urls")),
    path("handhaving/", include("handhaving.urls")),
    path("zoeken/", include("zaken.zoeken.urls")),
    path("kcc/", include("zaken.kcc.urls")),
    path("mail/", include("koppelingen.mail.urls")),
    path("intake/", include("koppelingen.dso.urls")),
    path("koppelingen/", include("koppelingen.basisregistraties.urls")),
    path("admin/", admin.site.urls),
]
