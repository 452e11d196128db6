"""The one entrance for reading zaken: tenant, role, zaaktype and vertrouwelijkheid."""

from django.db import models

from clo.accounts.rollen import vertrouwelijkheden_tot


class ZaakQuerySet(models.QuerySet):
    def voor_lidmaatschap(self, lidmaatschap):
        """Zaken the holder of this membership may see. None → nothing."""
        if lidmaatschap is None or not ({"zaak.lezen", "kcc.inlichtingen"} & lidmaatschap.rechten):
            return self.none()
        qs = self.filter(organisatie_id=lidmaatschap.organisatie_id)
        qs = qs.filter(vertrouwelijkheidaanduiding__in=vertrouwelijkheden_tot(lidmaatschap.max_vertrouwelijkheid))
        toegestaan = [zt.identificatie for zt in lidmaatschap.zaaktypen.all()]
        if toegestaan:
            qs = qs.filter(zaaktype__identificatie__in=toegestaan)
        return qs

    def voor_gebruiker(self, request):
        from clo.accounts.middleware import lidmaatschap_van

        return self.voor_lidmaatschap(lidmaatschap_van(request))

    def open(self):
        return self.filter(einddatum__isnull=True)

    def met_lijstgegevens(self):
        return self.select_related("zaaktype", "status__statustype", "behandelaar", "resultaat__resultaattype")
