"""Functioneel beheer edits letter templates here. Placeholders are checked when saving
(model clean of the template and of every block), so a typo is reported before it is stored."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.html import format_html, format_html_join

from clo.accounts.admin_tenant import TenantModelAdmin, TenantStackedInline
from zaken.brieven.models import BatchOpdracht, Brief, BriefBlok, BriefSjabloon
from zaken.brieven.schema import SCHEMA
from zaken.brieven.voorbeeld import voorbeeld_pdf


class BriefBlokInline(TenantStackedInline):
    model = BriefBlok
    extra = 0
    fields = ["volgorde", "titel", "tekst"]


@admin.register(BriefSjabloon)
class BriefSjabloonAdmin(TenantModelAdmin):
    list_display = ["naam", "code", "organisatie", "documenttype", "actief", "versie", "gewijzigd_op"]
    list_filter = ["organisatie", "actief", "documenttype__code"]
    search_fields = ["naam", "code", "onderwerp"]
    inlines = [BriefBlokInline]
    readonly_fields = ["versie", "beschikbare_placeholders"]
    fields = [
        "organisatie",
        "code",
        "naam",
        "documenttype",
        "onderwerp",
        "actief",
        "toelichting",
        "versie",
        "beschikbare_placeholders",
    ]
    change_form_template = "brieven/admin_change_form.html"

    @admin.display(description="Beschikbare placeholders")
    def beschikbare_placeholders(self, obj=None):
        regels = format_html_join(
            "",
            "<li><code>{{{{ {} }}}}</code> — {}</li>",
            ((pad, uitleg) for pad, uitleg in SCHEMA.items()),
        )
        return format_html(
            "<p>Gebruik <code>{{{{ pad }}}}</code>, filters als <code>|datum</code>, <code>|euro</code>, "
            '<code>|upper</code>, <code>|default:"..."</code> en <code>{{% if %}}</code>/<code>{{% for %}}</code>. '
            "<code>[]</code> is een lijst: "
            "<code>{{% for v in besluit.voorschriften %}}{{{{ v }}}}{{% endfor %}}</code>. "
            "Een lege regel begint een nieuwe alinea; regels met '- ' worden een opsomming.</p><ul>{}</ul>",
            regels,
        )

    def save_model(self, request, obj, form, change):
        if change:
            obj.versie += 1
        super().save_model(request, obj, form, change)

    def get_urls(self):
        eigen = [
            path(
                "<int:pk>/voorbeeld/",
                self.admin_site.admin_view(self.voorbeeld),
                name="brieven_briefsjabloon_voorbeeld",
            )
        ]
        return eigen + super().get_urls()

    def voorbeeld(self, request, pk: int):
        """PDF of the template for a recent zaak of the tenant (or sample data). A POST from
        the change form previews the unsaved text."""
        # Through get_queryset: another tenant's template is a 404 here too.
        sjabloon = get_object_or_404(self.get_queryset(request).select_related("organisatie"), pk=pk)
        if not self.has_view_permission(request, sjabloon):
            return HttpResponse(status=403)
        try:
            pdf = voorbeeld_pdf(sjabloon, request.POST if request.method == "POST" else None)
        except ValidationError as exc:
            return TemplateResponse(
                request,
                "brieven/admin_voorbeeld_fout.html",
                {
                    **self.admin_site.each_context(request),
                    "sjabloon": sjabloon,
                    "fouten": exc.messages,
                    "title": "Voorbeeld niet mogelijk",
                },
                status=400,
            )
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="voorbeeld-{sjabloon.code}.pdf"'
        return response


@admin.register(Brief)
class BriefAdmin(TenantModelAdmin):
    organisatie_pad = "zaak__organisatie"
    list_display = ["document", "zaak", "sjabloon", "sjabloon_versie", "aangemaakt_op", "definitief_op"]
    list_filter = ["sjabloon__organisatie", "sjabloon"]
    search_fields = ["zaak__identificatie"]
    readonly_fields = [f.name for f in Brief._meta.fields]

    def has_add_permission(self, request):
        return False


@admin.register(BatchOpdracht)
class BatchOpdrachtAdmin(TenantModelAdmin):
    list_display = ["sjabloon", "organisatie", "status", "totaal", "gelukt", "mislukt", "aangemaakt_op"]
    readonly_fields = [
        "organisatie",
        "sjabloon",
        "totaal",
        "gelukt",
        "mislukt",
        "fouten",
        "status",
        "aangemaakt_door",
        "klaar_op",
    ]
    exclude = ["zaak_ids"]

    def has_add_permission(self, request):
        return False
