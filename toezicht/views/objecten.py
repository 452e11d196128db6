from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from toezicht import selectors
from toezicht.actions.objecten import maak_object
from toezicht.forms import ImportForm, ObjectForm
from toezicht.fouten import ToezichtFout
from toezicht.importeren import KOLOMMEN, importeer_objecten
from toezicht.models import VthObject


@vereist_recht("toezicht.uitvoeren")
def lijst(request):
    lid = lidmaatschap_van(request)
    zoekterm = request.GET.get("q", "").strip()
    pagina = Paginator(selectors.objecten_voor(lid.organisatie, zoekterm), 50).get_page(request.GET.get("pagina"))
    return render(request, "toezicht/objecten.html", {"pagina": pagina, "zoekterm": zoekterm})


@vereist_recht("toezicht.uitvoeren")
def detail(request, pk: int):
    lid = lidmaatschap_van(request)
    obj = VthObject.objects.filter(organisatie=lid.organisatie, pk=pk).first()
    if obj is None:
        raise Http404("Object niet gevonden.")
    return render(request, "toezicht/object.html", {"object": obj, **selectors.object_historie(obj, lid)})


@vereist_recht("toezicht.uitvoeren")
def nieuw(request):
    lid = lidmaatschap_van(request)
    form = ObjectForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            obj = maak_object(lid.organisatie, door=request.user, **form.velden())
        except ToezichtFout as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Object '{obj.naam}' is aangemaakt.")
            return redirect("toezicht:object", pk=obj.pk)
    return render(request, "toezicht/object_nieuw.html", {"form": form})


@vereist_recht("toezicht.uitvoeren", "beheer.configureren")
def importeren(request):
    lid = lidmaatschap_van(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    resultaat = None
    if request.method == "POST" and form.is_valid():
        resultaat = importeer_objecten(form.cleaned_data["bestand"], organisatie=lid.organisatie, door=request.user)
        if resultaat.gelukt:
            messages.success(request, f"{resultaat.nieuw} objecten toegevoegd en {resultaat.bijgewerkt} bijgewerkt.")
            return redirect("toezicht:objecten")
    return render(
        request, "toezicht/objecten_importeren.html", {"form": form, "resultaat": resultaat, "kolommen": KOLOMMEN}
    )
