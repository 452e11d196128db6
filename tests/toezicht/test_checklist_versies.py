import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from tests.toezicht.conftest import actieve_versie, vraag
from toezicht.actions import activeer_versie, nieuwe_versie
from toezicht.checklist_logica import vragen_van, zichtbare_vragen
from toezicht.models import Checklist, ChecklistVersie, Sectie, VersieStatus

pytestmark = pytest.mark.django_db


def test_laad_checklists_is_idempotent_and_serves_both_tenants(checklists, nef, dantumadiel):
    call_command("laad_checklists", stdout=io.StringIO())
    for org in (nef, dantumadiel):
        assert set(Checklist.objects.filter(organisatie=org).values_list("code", flat=True)) == {
            "bouw-realisatie",
            "brandveilig-gebruik",
            "sloop",
            "milieu-basis",
        }
    assert ChecklistVersie.objects.filter(checklist__organisatie=nef).count() == 4


def test_a_controle_keeps_the_version_it_was_done_with(controle, toezichthouder):
    checklist = controle.checklistversie.checklist
    nieuw = nieuwe_versie(checklist, door=toezichthouder)
    Sectie.objects.create(versie=nieuw, volgorde=9, titel="Nieuw onderdeel")
    activeer_versie(nieuw, door=toezichthouder)
    controle.refresh_from_db()
    assert controle.checklistversie.versie == 1
    assert checklist.actieve_versie() == nieuw
    assert not controle.checklistversie.secties.filter(titel="Nieuw onderdeel").exists()
    assert ChecklistVersie.objects.get(pk=controle.checklistversie_id).status == VersieStatus.VERVALLEN


def test_a_version_in_use_cannot_be_edited(controle):
    with pytest.raises(ValidationError):
        Sectie.objects.create(versie=controle.checklistversie, volgorde=5, titel="Stiekem erbij")
    v = vraag(controle, "BG3")
    v.tekst = "Andere tekst"
    with pytest.raises(ValidationError):
        v.save()


def test_new_version_copies_conditional_questions_onto_its_own_questions(checklists, nef):
    nieuw = nieuwe_versie(actieve_versie(nef).checklist)
    vervolg = Sectie.objects.get(versie=nieuw, vragen__code="BG3a").vragen.get(code="BG3a")
    assert vervolg.toon_als_vraag.code == "BG3"
    assert vervolg.toon_als_vraag.sectie.versie == nieuw


def test_conditional_question_only_shows_after_its_triggering_answer(checklists, nef):
    versie = actieve_versie(nef)
    vragen = vragen_van(versie)
    bg3 = next(v for v in vragen if v.code == "BG3")
    codes = lambda antwoorden: {v.code for v in zichtbare_vragen(vragen, antwoorden)}  # noqa: E731
    assert "BG3a" not in codes({bg3.pk: "ja"})
    assert "BG3a" in codes({bg3.pk: "nee"})


def test_chained_condition_hides_when_parent_is_hidden(checklists, nef):
    versie = actieve_versie(nef, "sloop")
    vragen = vragen_van(versie)
    s2 = next(v for v in vragen if v.code == "S2")
    assert {"S2a", "S2b"} <= {v.code for v in zichtbare_vragen(vragen, {s2.pk: "ja"})}
    assert not {"S2a", "S2b"} & {v.code for v in zichtbare_vragen(vragen, {s2.pk: "nee"})}
