import datetime

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from toezicht import selectors
from toezicht.actions.programma import genereer_planning, maak_controles_aan
from toezicht.fouten import ToezichtFout
from toezicht.models import Toezichtprogramma
from toezicht.voortgang import voortgang


@vereist_recht("toezicht.uitvoeren", "rapportage.inzien")
def overzicht(request):
    lid = lidmaatschap_van(request)
    programmas = Toezichtprogramma.objects.filter(organisatie=lid.organisatie)
    jaar = timezone.localdate().year
    if programmas.filter(jaar=jaar).exists():
        return redirect("toezicht:programma-jaar", jaar=jaar)
    return render(request, "toezicht/programma_lijst.html", {"programmas": programmas})


@vereist_recht("toezicht.uitvoeren", "rapportage.inzien")
def detail(request, jaar: int):
    lid = lidmaatschap_van(request)
    programma = selectors.programma_voor(lid.organisatie, jaar)
    if request.method == "POST" and "toezicht.uitvoeren" in lid.rechten:
        try:
            if request.POST.get("actie") == "plannen":
                aantal = genereer_planning(programma, door=request.user)
                messages.success(request, f"{aantal} controles toegevoegd aan de planning.")
            elif request.POST.get("actie") == "aanmaken":
                tot = int(request.POST.get("tot_maand") or 12)
                aantal = maak_controles_aan(programma, door=request.user, tot_maand=tot)
                messages.success(request, f"{aantal} controlezaken aangemaakt.")
        except (ToezichtFout, ValueError) as exc:
            messages.error(request, str(exc))
        return redirect("toezicht:programma-jaar", jaar=jaar)
    return render(
        request,
        "toezicht/programma.html",
        {
            "programma": programma,
            "v": voortgang(programma),
            "maand": datetime.date.today().month,
            "andere": Toezichtprogramma.objects.filter(organisatie=lid.organisatie).exclude(pk=programma.pk),
        },
    )
