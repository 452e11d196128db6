"""Per-tenant configuration of the Verzoek afhandelen API and the digikoppelaars that notify us."""

from __future__ import annotations

import hashlib
import secrets

from django.db import models


class DsoKoppeling(models.Model):
    """Where a tenant fetches its verzoeken. The Service carries root URL, PKIoverheid client
    certificate and timeout; the OIN header identifies the tenant to DSO-LV."""

    organisatie = models.OneToOneField("accounts.Organisatie", on_delete=models.CASCADE, related_name="dso_koppeling")
    service = models.ForeignKey(
        "zgw_consumers.Service",
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Verzoek afhandelen API v2 (api_root eindigt op /afhandelen/v2/).",
    )
    oin_header = models.CharField(
        max_length=60,
        default="x-oin",
        help_text="Naam van de HTTP-header waarin het OIN van de organisatie wordt meegestuurd.",
    )
    actief = models.BooleanField(default=True)
    dagen_terug = models.PositiveSmallIntegerField(
        default=7, help_text="Hoeveel dagen terug 'dso_ophalen' naar gemiste verzoeken zoekt."
    )
    max_bijlage_mb = models.PositiveIntegerField(default=500, help_text="Grotere bijlagen worden geweigerd.")
    laatst_opgehaald = models.DateTimeField(null=True, blank=True)
    laatste_fout = models.TextField(blank=True)

    class Meta:
        verbose_name = "DSO-koppeling"
        verbose_name_plural = "DSO-koppelingen"

    def __str__(self) -> str:
        return f"DSO Verzoek afhandelen voor {self.organisatie}"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Digikoppelaar(models.Model):
    """A party allowed to post verzoeknotificaties: by bearer token, or by the subject of its
    client certificate as passed on by the TLS-terminating proxy (header configurable)."""

    naam = models.CharField(max_length=100)
    token_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    certificaat_subject = models.CharField(
        max_length=300,
        blank=True,
        help_text="Subject DN van het clientcertificaat (mTLS), zoals de proxy het doorgeeft.",
    )
    actief = models.BooleanField(default=True)
    laatst_gezien = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "digikoppelaar"
        verbose_name_plural = "digikoppelaars"

    def __str__(self) -> str:
        return self.naam

    def nieuw_token(self) -> str:
        """Sets and returns a fresh token; only its hash is stored."""
        token = secrets.token_urlsafe(32)
        self.token_hash = _hash(token)
        return token

    @classmethod
    def voor_token(cls, token: str) -> Digikoppelaar | None:
        if not token:
            return None
        return cls.objects.filter(actief=True, token_hash=_hash(token)).first()
