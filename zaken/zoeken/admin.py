"""Functioneel beheer: risk zones (upload a .geojson, paste or draw GeoJSON, preview on a map)
and a read-only look at the index."""

import json

from django import forms
from django.conf import settings
from django.contrib import admin

from clo.accounts.admin_tenant import TenantModelAdmin
from zaken.zoeken.geometrie import geometrie_uit_geojson, naar_geojson
from zaken.zoeken.models import Risicozone, ZaakSignaal


class RisicozoneForm(forms.ModelForm):
    bestand = forms.FileField(required=False, label="GeoJSON-bestand",
                              help_text="Een .geojson-bestand (FeatureCollection, Feature of geometrie) in WGS84. "
                                        "Vervangt de geometrie hieronder.")
    zaaktypen = forms.CharField(required=False, label="Zaaktypen",
                                help_text="Identificaties, komma-gescheiden (bijv. AANVRAAG-REGULIER). Leeg: alle.")
    activiteiten = forms.CharField(required=False, label="Activiteiten",
                                   help_text="Trefwoorden, komma-gescheiden (bijv. bouwen, slopen). Leeg: alle.")

    class Meta:
        model = Risicozone
        fields = ["organisatie", "naam", "soort", "melding", "bestand", "geometrie", "zaaktypen", "activiteiten",
                  "actief"]
        widgets = {"geometrie": forms.Textarea(attrs={"rows": 6, "class": "zone-geojson"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["geometrie"].required = False
        self.fields["geometrie"].widget.attrs["data-tegels"] = settings.LEAFLET_CONFIG.get("TILES", "")
        if self.instance.pk:
            self.initial["zaaktypen"] = ", ".join(self.instance.zaaktypen)
            self.initial["activiteiten"] = ", ".join(self.instance.activiteiten)

    @staticmethod
    def _lijst(waarde: str) -> list[str]:
        return [d.strip() for d in (waarde or "").split(",") if d.strip()]

    def clean_zaaktypen(self):
        return [d.upper() for d in self._lijst(self.cleaned_data.get("zaaktypen"))]

    def clean_activiteiten(self):
        return self._lijst(self.cleaned_data.get("activiteiten"))

    def clean(self):
        data = super().clean()
        bron = data.get("geometrie")
        if bestand := data.get("bestand"):
            if bestand.size > 20 * 1024 * 1024:
                raise forms.ValidationError({"bestand": "Het bestand is groter dan 20 MB; vereenvoudig de vlakken."})
            bron = bestand.read()
        if not bron:
            raise forms.ValidationError({"geometrie": "Upload een GeoJSON-bestand of vul de geometrie in."})
        try:
            tekst = json.dumps(bron) if isinstance(bron, dict) else bron
            data["geometrie"] = naar_geojson(geometrie_uit_geojson(tekst))
        except ValueError as exc:
            raise forms.ValidationError({"bestand" if data.get("bestand") else "geometrie": str(exc)}) from exc
        return data

    def save(self, commit=True):
        self.instance.zaaktypen = self.cleaned_data["zaaktypen"]
        self.instance.activiteiten = self.cleaned_data["activiteiten"]
        self.instance.geometrie = self.cleaned_data["geometrie"]
        return super().save(commit)


@admin.register(Risicozone)
class RisicozoneAdmin(TenantModelAdmin):
    form = RisicozoneForm
    list_display = ["naam", "soort", "organisatie", "actief", "aantal_zaken"]
    list_filter = ["organisatie", "soort", "actief"]
    search_fields = ["naam", "melding"]

    class Media:
        css = {"all": ["leaflet/leaflet.css", "zoeken/zoeken.css"]}
        js = ["leaflet/leaflet.js", "zoeken/zone_beheer.js"]

    @admin.display(description="Zaken met signaal")
    def aantal_zaken(self, obj) -> int:
        return ZaakSignaal.objects.filter(zone=obj).count()
