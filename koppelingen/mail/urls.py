from django.urls import path

from koppelingen.mail import views

app_name = "mail"

urlpatterns = [
    path("", views.maillog, name="log"),
    path("<int:pk>/", views.mail_detail, name="detail"),
    path("postvak/", views.postvak, name="postvak"),
    path("postvak/<int:pk>/toewijzen/", views.postvak_toewijzen, name="postvak-toewijzen"),
    path("zaak/<str:identificatie>/versturen/", views.versturen, name="versturen"),
]
