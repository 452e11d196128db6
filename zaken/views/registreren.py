from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils import timezone

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from zaken.actions import ZaakFout, registreer_zaak, voeg_betrokkene_toe, voeg_locatie_toe
from zaken.forms import ZaakRegistratieForm
from zaken.models import BetrokkeneType, RolOmschrijving


@vereist_recht("zaak.aanmaken")
def zaak_registreren(request):
    lid = lidmaatschap_van(request)
    form = ZaakRegistratieForm(
        request.POST or None, organisatie=lid.organisatie, initial={"startdatum": timezone.localdate()}
    )
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            with transaction.atomic():
                zaak = registreer_zaak(
                    zaaktype=d["zaaktype"],
                    omschrijving=d["omschrijving"],
                    startdatum=d["startdatum"],
                    toelichting=d["toelichting"],
                    kanaal=d["kanaal"],
                    door=request.user,
                )
                roltype = d["zaaktype"].roltypen.filter(omschrijving_generiek=RolOmschrijving.INITIATOR).first()
                if roltype is None:
                    raise ZaakFout(
                        "Het zaaktype heeft geen roltype 'initiator'; vraag functioneel beheer dit in te stellen."
                    )
                voeg_betrokkene_toe(
                    zaak,
                    roltype=roltype,
                    door=request.user,
                    naam=d["aanvrager_naam"],
                    betrokkene_type=BetrokkeneType.NIET_NATUURLIJK_PERSOON
                    if d["aanvrager_kvk"]
                    else BetrokkeneType.NATUURLIJK_PERSOON,
                    bsn=d["aanvrager_bsn"],
                    kvk_nummer=d["aanvrager_kvk"],
                    email=d["aanvrager_email"],
                    gegevens_per=timezone.localdate(),
                )
                if d["adres"]:
                    voeg_locatie_toe(
                        zaak,
                        door=request.user,
                        omschrijving=f"{d['adres']}, {d['woonplaats']}".strip(", "),
                        postcode=d["postcode"].replace(" ", "").upper(),
                        woonplaats=d["woonplaats"],
                    )
        except ZaakFout as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Zaak {zaak.identificatie} is geregistreerd.")
            return redirect("zaken:detail", identificatie=zaak.identificatie)
    return render(request, "zaken/registreren.html", {"form": form})
