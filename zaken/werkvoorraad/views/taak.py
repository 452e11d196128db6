from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from viewflow.workflow.status import STATUS

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from zaken.actions import ZaakFout
from zaken.werkvoorraad import actions, rechten
from zaken.werkvoorraad.forms import ToewijzenForm
from zaken.werkvoorraad.models import Taakkenmerk


def _kenmerk(request, pk: int):
    lid = lidmaatschap_van(request)
    km = get_object_or_404(
        Taakkenmerk.objects.select_related("zaak__zaaktype", "zaak__status__statustype", "task__owner"),
        pk=pk,
        organisatie_id=lid.organisatie_id,
    )
    if not rechten.zaak_zichtbaar(km, lid):
        raise Http404("Taak niet gevonden.")
    return lid, km


@vereist_recht("werkvoorraad.gebruiken")
def taak(request, pk: int):
    lid, km = _kenmerk(request, pk)
    task = km.task
    scherm_cls = getattr(task.flow_task, "scherm", None)
    if scherm_cls is None:
        raise Http404("Deze taak heeft geen scherm.")
    scherm = scherm_cls(task, km.zaak)
    mag_uitvoeren = km.open and task.status == STATUS.ASSIGNED and task.owner_id == request.user.pk
    form = scherm.form()
    if request.method == "POST" and mag_uitvoeren:
        form = scherm.form(request.POST, request.FILES)
        if form.is_valid():
            try:
                actions.voer_uit(
                    task.pk,
                    door=request.user,
                    uitvoeren=lambda activation: scherm.uitvoeren(activation, form, request.user),
                )
            except (actions.TaakFout, ZaakFout) as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, f"Taak '{km.titel}' afgerond.")
                return redirect("werkvoorraad:index")
    context = {
        "km": km,
        "task": task,
        "zaak": km.zaak,
        "scherm": scherm,
        "form": form,
        "mag_uitvoeren": mag_uitvoeren,
        "weigering": rechten.weigering_oppakken(km, request.user, lid) if task.status == STATUS.NEW else None,
        **scherm.context(),
    }
    return render(request, "werkvoorraad/taak.html", context)


@vereist_recht("werkvoorraad.verdelen")
def toewijzen(request, pk: int):
    lid, km = _kenmerk(request, pk)
    form = ToewijzenForm(request.POST or None, organisatie=lid.organisatie)
    if request.method == "POST" and form.is_valid():
        try:
            actions.wijs_toe(
                pk,
                form.cleaned_data["medewerker"],
                door=request.user,
                lidmaatschap=lid,
                reden=form.cleaned_data["reden"],
            )
        except actions.TaakFout as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Taak toegewezen aan {form.cleaned_data['medewerker']}.")
            return redirect("werkvoorraad:team")
    return render(request, "werkvoorraad/toewijzen.html", {"km": km, "form": form})
