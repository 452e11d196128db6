from django.urls import path

from zaken.brieven import views

app_name = "brieven"

urlpatterns = [
    path("batch/", views.batch_nieuw, name="batch-nieuw"),
    path("batch/<int:pk>/", views.batch_detail, name="batch"),
    path("batch/<int:pk>/voortgang/", views.batch_voortgang, name="batch-voortgang"),
    path("zaak/<str:identificatie>/maken/", views.brief_maken, name="maken"),
    path("zaak/<str:identificatie>/<uuid:uuid>/definitief/", views.brief_definitief, name="definitief"),
]
