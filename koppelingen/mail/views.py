from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from koppelingen.mail.actions import MailFout, standaard_ontvangers, verstuur_mail, wijs_bericht_toe
from koppelingen.mail.models import BerichtStatus, InkomendBericht, UitgaandeMail
from zaken import selectors
from zaken.models import DocumentStatus, Zaak


def tab_context(request, zaak, lid) -> dict:
    return {
        "mails": UitgaandeMail.objects.filter(zaak=zaak).prefetch_related("bijlagen").order_by("-aangemaakt_op"),
        "inkomend": InkomendBericht.objects.filter(zaak=zaak).order_by("-ontvangen_op"),
        "verzendbaar": selectors.documenten_van(zaak, lid).filter(status=DocumentStatus.DEFINITIEF, vervallen=False),
        "standaard_ontvangers": ", ".join(standaard_ontvangers(zaak)),
        "mag_versturen": "zaak.behandelen" in lid.rechten,
    }


@require_POST
@vereist_recht("zaak.behandelen")
def versturen(request, identificatie: str):
    lid = lidmaatschap_van(request)
    zaak = selectors.zaak_voor_request(request, identificatie)
    documenten = list(selectors.documenten_van(zaak, lid).filter(uuid__in=request.POST.getlist("documenten")))
    ontvangers = request.POST.get("ontvangers", "").replace(";", ",").split(",")
    cc = [a for a in request.POST.get("cc", "").replace(";", ",").split(",") if a.strip()]
    try:
        mail = verstuur_mail(
            zaak,
            door=request.user,
            sjabloon_code="brief" if documenten else "statusbericht",
            ontvangers=[a for a in ontvangers if a.strip()],
            documenten=documenten,
            cc=cc,
        )
        messages.success(request, f"Mail '{mail.onderwerp}' staat in de wachtrij; de status ziet u hieronder.")
    except MailFout as exc:
        messages.error(request, f"De mail is niet verstuurd: {exc}")
    return redirect(reverse("zaken:detail", args=[zaak.identificatie]) + "?tab=mail")


@vereist_recht("beheer.configureren")
def maillog(request):
    lid = lidmaatschap_van(request)
    mails = UitgaandeMail.objects.filter(organisatie=lid.organisatie).select_related("zaak").order_by("-aangemaakt_op")
    if q := request.GET.get("q", "").strip():
        mails = mails.filter(Q(onderwerp__icontains=q) | Q(zaak__identificatie__icontains=q))
    pagina = Paginator(mails, 50).get_page(request.GET.get("pagina"))
    return render(request, "mail/log.html", {"pagina": pagina, "q": q})


@vereist_recht("beheer.configureren", "zaak.lezen")
def mail_detail(request, pk: int):
    lid = lidmaatschap_van(request)
    mail = get_object_or_404(UitgaandeMail.objects.select_related("zaak"), pk=pk, organisatie=lid.organisatie)
    if "beheer.configureren" not in lid.rechten:
        if mail.zaak is None or not Zaak.objects.voor_gebruiker(request).filter(pk=mail.zaak_id).exists():
            raise Http404("Mail niet gevonden.")
    return render(request, "mail/detail.html", {"mail": mail, "bijlagen": mail.bijlagen.all()})


@vereist_recht("zaak.behandelen")
def postvak(request):
    lid = lidmaatschap_van(request)
    berichten = InkomendBericht.objects.filter(organisatie=lid.organisatie, status=BerichtStatus.POSTVAK)
    return render(request, "mail/postvak.html", {"berichten": berichten.order_by("-ontvangen_op")[:200]})


@require_POST
@vereist_recht("zaak.behandelen")
def postvak_toewijzen(request, pk: int):
    lid = lidmaatschap_van(request)
    bericht = get_object_or_404(InkomendBericht, pk=pk, organisatie=lid.organisatie, status=BerichtStatus.POSTVAK)
    nummer = request.POST.get("zaaknummer", "").strip().upper()
    zaak = Zaak.objects.voor_gebruiker(request).filter(identificatie=nummer).first()
    if zaak is None:
        messages.error(request, f"Zaak '{nummer}' is niet gevonden. Controleer het zaaknummer.")
    else:
        try:
            wijs_bericht_toe(bericht, zaak, door=request.user)
            messages.success(request, f"Het bericht is opgeslagen bij zaak {zaak.identificatie}.")
        except MailFout as exc:
            messages.error(request, str(exc))
    return redirect("mail:postvak")
