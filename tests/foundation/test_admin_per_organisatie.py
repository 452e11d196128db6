"""A functioneel beheerder sees and changes only its own organisatie in the admin: lists, object
pages (another tenant's row is a 404), choices in forms, and saving into another tenant."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from clo.accounts.admin_tenant import FOUT_ANDERE_ORGANISATIE, soort_admin
from clo.accounts.models import Lidmaatschap, Organisatie
from clo.accounts.rollen import Rol
from koppelingen.dso.models import Bericht
from toezicht.models import Checklist
from zaken.brieven.models import BriefSjabloon
from zaken.models import Documenttype, Zaaktype


@pytest.fixture
def maak_beheerder(maak_gebruiker):
    """Staff with the role in one organisatie and, on purpose, EVERY model permission: isolation
    must come from the organisatie, not from a carefully trimmed group."""
    groep = Group.objects.create(name="Functioneel beheer (alles)")
    groep.permissions.set(Permission.objects.all())

    def maak(organisatie, username):
        user = maak_gebruiker(organisatie, Rol.FUNCTIONEEL_BEHEERDER, username=username, is_staff=True)
        user.groups.add(groep)
        return user

    return maak


@pytest.fixture
def nef_beheer(nef, maak_beheerder):
    return maak_beheerder(nef, "nef.beheer.test")


@pytest.fixture
def dan_beheer(dantumadiel, maak_beheerder):
    return maak_beheerder(dantumadiel, "dan.beheer.test")


@pytest.fixture
def rijen(nef, dantumadiel):
    """One brief sjabloon, DSO bericht and checklist per tenant (zaaktypen come with the catalogus)."""
    per_org = {}
    for i, org in enumerate([nef, dantumadiel]):
        per_org[org.gemeentecode] = {
            "briefsjabloon": BriefSjabloon.objects.create(
                organisatie=org,
                code="proef",
                naam=f"Proefbrief {org.gemeentecode}",
                onderwerp="Proef",
                documenttype=Documenttype.objects.get(organisatie=org, code="correspondentie"),
            ),
            "bericht": Bericht.objects.create(
                organisatie=org, sha256=f"{i}" * 64, inhoud=b"<verzoek/>", verzoeknummer=f"V-PROEF-{i}", volgnummer="1"
            ),
            "checklist": Checklist.objects.create(
                organisatie=org, code="proef", naam=f"Proef {org.gemeentecode}", fase="gebruik"
            ),
            "zaaktype": Zaaktype.objects.filter(organisatie=org).first(),
        }
    return per_org


def _url(obj, view="change"):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=[obj.pk] if view != "changelist" else [])


@pytest.mark.parametrize("soort", ["zaaktype", "briefsjabloon", "bericht", "checklist"])
def test_changelist_shows_only_own_tenant_rows(client, nef, dantumadiel, nef_beheer, dan_beheer, rijen, soort):
    for beheerder, org in [(nef_beheer, nef), (dan_beheer, dantumadiel)]:
        client.force_login(beheerder)
        response = client.get(_url(rijen[org.gemeentecode][soort], "changelist"))
        assert response.status_code == 200
        getoond = list(response.context["cl"].queryset)
        assert getoond and {rij.organisatie_id for rij in getoond} == {org.pk}
        assert rijen[org.gemeentecode][soort] in getoond


def test_other_tenants_list_filter_option_is_not_offered(client, nef_beheer, rijen):
    client.force_login(nef_beheer)
    inhoud = client.get(reverse("admin:zaken_zaaktype_changelist")).content.decode()
    assert "Noardeast" in inhoud and "Dantumadiel" not in inhoud


@pytest.mark.parametrize("soort", ["zaaktype", "briefsjabloon", "bericht", "checklist"])
def test_other_tenants_object_pages_are_404(client, nef_beheer, rijen, soort):
    client.force_login(nef_beheer)
    vreemd = rijen["GM1891"][soort]
    for view in ("change", "delete", "history"):
        assert client.get(_url(vreemd, view)).status_code == 404, view
    assert client.get(_url(rijen["GM1970"][soort])).status_code == 200


def test_brief_voorbeeld_of_other_tenant_is_404(client, nef_beheer, rijen):
    client.force_login(nef_beheer)
    url = reverse("admin:brieven_briefsjabloon_voorbeeld", args=[rijen["GM1891"]["briefsjabloon"].pk])
    assert client.get(url).status_code == 404


def test_bulk_delete_action_cannot_reach_other_tenant(client, nef_beheer, rijen):
    client.force_login(nef_beheer)
    vreemd = rijen["GM1891"]["checklist"]
    client.post(
        reverse("admin:toezicht_checklist_changelist"),
        {"action": "delete_selected", "_selected_action": [vreemd.pk], "post": "yes"},
    )
    assert Checklist.objects.filter(pk=vreemd.pk).exists()


@pytest.mark.parametrize(
    "model_url", ["admin:zaken_zaaktype_add", "admin:toezicht_checklist_add", "admin:accounts_lidmaatschap_add"]
)
def test_add_form_offers_only_own_organisatie(client, nef, nef_beheer, model_url):
    client.force_login(nef_beheer)
    response = client.get(reverse(model_url))
    veld = response.context["adminform"].form.fields["organisatie"]
    assert list(veld.queryset) == [nef]
    assert veld.initial == nef.pk


def test_add_form_offers_only_own_documenttypen_and_zaaktypen(client, nef, nef_beheer):
    client.force_login(nef_beheer)
    form = client.get(reverse("admin:brieven_briefsjabloon_add")).context["adminform"].form
    assert {d.organisatie_id for d in form.fields["documenttype"].queryset} == {nef.pk}
    form = client.get(reverse("admin:accounts_lidmaatschap_add")).context["adminform"].form
    assert {z.organisatie_id for z in form.fields["zaaktypen"].queryset} == {nef.pk}


def test_saving_a_checklist_into_other_tenant_is_refused_in_dutch(client, dantumadiel, nef_beheer):
    client.force_login(nef_beheer)
    response = client.post(
        reverse("admin:toezicht_checklist_add"),
        {"organisatie": dantumadiel.pk, "code": "indringer", "naam": "Indringer", "fase": "controle"},
    )
    assert response.status_code == 200
    assert FOUT_ANDERE_ORGANISATIE in response.content.decode()
    assert not Checklist.objects.filter(code="indringer").exists()


def test_moving_own_brief_sjabloon_to_other_tenant_is_refused(client, dantumadiel, nef_beheer, rijen):
    eigen = rijen["GM1970"]["briefsjabloon"]
    client.force_login(nef_beheer)
    response = client.post(
        _url(eigen),
        {
            "organisatie": dantumadiel.pk,
            "code": eigen.code,
            "naam": eigen.naam,
            "onderwerp": "Proef",
            "actief": "on",
            "documenttype": Documenttype.objects.get(organisatie=dantumadiel, code="correspondentie").pk,
            "blokken-TOTAL_FORMS": "0",
            "blokken-INITIAL_FORMS": "0",
            "blokken-MIN_NUM_FORMS": "0",
            "blokken-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 200
    assert FOUT_ANDERE_ORGANISATIE in response.content.decode()
    eigen.refresh_from_db()
    assert eigen.organisatie.gemeentecode == "GM1970"


def test_form_check_also_refuses_a_field_the_admin_did_not_limit(nef, dantumadiel):
    """Defence in depth: a form that declares its own organisatie field still cannot save into
    another tenant."""
    from django import forms

    from clo.accounts.admin_tenant import _met_tenantcontrole

    class VrijFormulier(forms.ModelForm):
        organisatie = forms.ModelChoiceField(queryset=Organisatie.objects.all())

        class Meta:
            model = Checklist
            fields = ["organisatie", "code", "naam", "fase"]

    formulier_class = _met_tenantcontrole(VrijFormulier, Checklist, "organisatie", [nef.pk])
    data = {"code": "x", "naam": "X", "fase": "gebruik"}
    goed = formulier_class({**data, "organisatie": nef.pk})
    assert goed.is_valid(), goed.errors
    fout = formulier_class({**data, "organisatie": dantumadiel.pk})
    assert not fout.is_valid() and fout.errors["organisatie"] == [FOUT_ANDERE_ORGANISATIE]


def test_organisaties_and_medewerkers_of_other_tenant_are_hidden(client, nef, dantumadiel, nef_beheer, dan_beheer):
    client.force_login(nef_beheer)
    response = client.get(reverse("admin:accounts_organisatie_changelist"))
    assert list(response.context["cl"].queryset) == [nef]
    assert client.get(reverse("admin:accounts_organisatie_change", args=[dantumadiel.pk])).status_code == 404
    assert client.get(reverse("admin:accounts_organisatie_add")).status_code == 403
    assert client.get(reverse("admin:accounts_medewerker_change", args=[dan_beheer.pk])).status_code == 404
    medewerkers = client.get(reverse("admin:accounts_medewerker_changelist")).context["cl"].queryset
    assert nef_beheer in medewerkers and dan_beheer not in medewerkers


def test_beheerder_cannot_make_anyone_superuser(client, nef, nef_beheer, maak_gebruiker):
    collega = maak_gebruiker(nef, Rol.KCC)
    client.force_login(nef_beheer)
    form = client.get(reverse("admin:accounts_medewerker_change", args=[collega.pk])).context["adminform"].form
    assert "is_superuser" not in form.fields and "groups" not in form.fields


def test_memberships_of_a_shared_medewerker_show_only_own_tenant(client, nef, dantumadiel, nef_beheer, maak_gebruiker):
    gedeeld = maak_gebruiker(nef, Rol.VERGUNNINGVERLENER)
    Lidmaatschap.objects.create(medewerker=gedeeld, organisatie=dantumadiel, rollen=[Rol.VERGUNNINGVERLENER])
    client.force_login(nef_beheer)
    response = client.get(reverse("admin:accounts_medewerker_change", args=[gedeeld.pk]))
    formset = response.context["inline_admin_formsets"][0].formset
    assert [f.instance.organisatie_id for f in formset.initial_forms] == [nef.pk]


def test_superuser_sees_both_tenants(admin_client, rijen):
    response = admin_client.get(reverse("admin:dso_bericht_changelist"))
    assert {b.organisatie.gemeentecode for b in response.context["cl"].queryset} >= {"GM1970", "GM1891"}
    assert admin_client.get(_url(rijen["GM1891"]["bericht"])).status_code == 200


def test_beheerder_without_active_membership_sees_nothing(client, nef_beheer, rijen):
    Lidmaatschap.objects.filter(medewerker=nef_beheer).update(actief=False)
    client.force_login(nef_beheer)
    response = client.get(reverse("admin:zaken_zaaktype_changelist"))
    assert list(response.context["cl"].queryset) == []


def test_every_admin_screen_opens_for_functioneel_beheer(client, nef_beheer, rijen):
    """Tenant admins open (list and add form), superuser-only admins are refused, global
    admins are readable but not addable."""
    client.force_login(nef_beheer)
    assert client.get(reverse("admin:index")).status_code == 200
    for model, model_admin in admin.site._registry.items():
        meta = model._meta
        lijst = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
        toevoegen = reverse(f"admin:{meta.app_label}_{meta.model_name}_add")
        soort = soort_admin(model_admin)
        if soort == "superuser":
            assert client.get(lijst).status_code == 403, lijst
        else:
            assert client.get(lijst).status_code == 200, lijst
        if soort == "globaal":
            assert client.get(toevoegen).status_code == 403, toevoegen
        elif soort == "tenant" and model_admin.has_add_permission(_verzoek(nef_beheer)):
            assert client.get(toevoegen).status_code == 200, toevoegen


def _verzoek(user):
    from django.test import RequestFactory

    verzoek = RequestFactory().get("/admin/")
    verzoek.user = user
    return verzoek


def test_vth_object_import_into_other_tenant_is_404(client, dantumadiel, nef_beheer):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(nef_beheer)
    url = reverse("admin:toezicht_vthobject_importeren")
    pagina = client.get(url)
    assert list(pagina.context["organisaties"]) == [nef_beheer.lidmaatschappen.get().organisatie]
    bestand = SimpleUploadedFile("objecten.xlsx", b"niet gelezen")
    assert client.post(url, {"organisatie": dantumadiel.pk, "bestand": bestand}).status_code == 404


def _acties(client, model) -> list[str]:
    response = client.get(reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist"))
    assert response.status_code == 200
    formulier = response.context["action_form"]
    return [naam for naam, _ in formulier.fields["action"].choices] if formulier else []


def test_wie_alleen_mag_bekijken_krijgt_geen_wijzigende_acties(client, nef, maak_gebruiker):
    """Actions that change rows (new zaaktype version, new checklist version) need change permission."""
    lezer = maak_gebruiker(nef, Rol.FUNCTIONEEL_BEHEERDER, username="nef.lezer", is_staff=True)
    lezer.user_permissions.set(Permission.objects.filter(codename__in=["view_zaaktype", "view_checklist"]))
    client.force_login(lezer)
    assert "nieuwe_versie" not in _acties(client, Zaaktype)
    assert "maak_nieuwe_versie" not in _acties(client, Checklist)
    lezer.user_permissions.add(*Permission.objects.filter(codename__in=["change_zaaktype", "change_checklist"]))
    client.force_login(type(lezer).objects.get(pk=lezer.pk))
    assert "nieuwe_versie" in _acties(client, Zaaktype)
    assert "maak_nieuwe_versie" in _acties(client, Checklist)


def test_filter_op_waarde_achter_een_relatie_toont_alleen_eigen_waarden(
    client, nef, dantumadiel, nef_beheer, vergunningverlener, maak_zaak, maak_gebruiker
):
    """zaaktype__omschrijving in the Zaak list: Django would list every zaaktype of both tenants."""
    from zaken.models import Zaak

    eigen = Zaaktype.objects.filter(organisatie=nef).first()
    maak_zaak(nef, vergunningverlener, identificatie=eigen.identificatie)
    ander = Zaaktype.objects.filter(organisatie=dantumadiel).first()
    Zaaktype.objects.filter(pk=ander.pk).update(omschrijving="Alleen in Dantumadiel")
    dan_medewerker = maak_gebruiker(dantumadiel, Rol.VERGUNNINGVERLENER, username="dan.vv")
    maak_zaak(dantumadiel, dan_medewerker, identificatie=ander.identificatie)
    client.force_login(nef_beheer)
    response = client.get(reverse("admin:zaken_zaak_changelist"))
    assert response.status_code == 200
    filter_ = next(f for f in response.context["cl"].filter_specs if f.field_path == "zaaktype__omschrijving")
    waarden = list(filter_.lookup_choices)
    assert eigen.omschrijving in waarden and "Alleen in Dantumadiel" not in waarden
    assert Zaak.objects.filter(zaaktype=ander).exists()


def test_inlog_van_een_gedeelde_medewerker_wijzigt_alleen_wie_beide_beheert(
    client, admin_client, nef, dantumadiel, nef_beheer, maak_gebruiker
):
    """One account serves a medewerker of both gemeenten: one tenant's beheerder must not reset
    its password or switch it off for the other tenant too."""
    gedeeld = maak_gebruiker(nef, Rol.VERGUNNINGVERLENER, username="gedeeld.test")
    Lidmaatschap.objects.create(medewerker=gedeeld, organisatie=dantumadiel, rollen=[Rol.VERGUNNINGVERLENER])
    alleen_nef = maak_gebruiker(nef, Rol.KCC, username="alleen.nef.test")
    wachtwoord = gedeeld.password
    client.force_login(nef_beheer)

    response = client.get(reverse("admin:accounts_medewerker_change", args=[gedeeld.pk]))
    form = response.context["adminform"].form
    assert not {"username", "password", "is_active", "email"} & set(form.fields)
    assert "ook voor een andere organisatie" in response.content.decode()
    # Posting the fields anyway changes nothing: they are read-only on the server, not just hidden.
    pagina = client.get(reverse("admin:auth_user_password_change", args=[gedeeld.pk]), follow=True)
    assert "alleen applicatiebeheer" in pagina.content.decode()
    client.post(
        reverse("admin:auth_user_password_change", args=[gedeeld.pk]),
        {"password1": "Nieuw-Wachtwoord-2026!", "password2": "Nieuw-Wachtwoord-2026!"},
    )
    gedeeld.refresh_from_db()
    assert gedeeld.password == wachtwoord and gedeeld.is_active

    # A medewerker of this tenant alone is still fully managed by its beheerder.
    form = client.get(reverse("admin:accounts_medewerker_change", args=[alleen_nef.pk])).context["adminform"].form
    assert {"username", "is_active"} <= set(form.fields)
    response = client.post(
        reverse("admin:auth_user_password_change", args=[alleen_nef.pk]),
        {"password1": "Nieuw-Wachtwoord-2026!", "password2": "Nieuw-Wachtwoord-2026!"},
    )
    alleen_nef.refresh_from_db()
    assert alleen_nef.check_password("Nieuw-Wachtwoord-2026!")

    # Applicatiebeheer (superuser) manages the shared account.
    form = admin_client.get(reverse("admin:accounts_medewerker_change", args=[gedeeld.pk])).context["adminform"].form
    assert {"username", "password", "is_active"} <= set(form.fields)
