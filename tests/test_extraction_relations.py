"""Support, membership, office and attendance, in sentences written for these tests."""

from __future__ import annotations

from loaders.documents import document_from_text
from loaders.extractor import extract
from loaders.facts import Extraction


def read(text: str) -> Extraction:
    return extract(document_from_text(text, "case.txt"))


def pairs(text: str, relation: str) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in read(text).facts if f.relation == relation}


# ----------------------------------------------------------------------------- support

def test_active_support_of_the_proposal_just_made() -> None:
    assert pairs("ASTANA, 2 June 2024 – Kazakhstan proposed a Eurasian Grain Exchange. Rahmon supported the "
                 "proposal.", "supported") == {("Emomali Rahmon", "Eurasian Grain Exchange")}


def test_support_finds_the_proposal_it_names_or_describes() -> None:
    text = ("Tokayev proposed a Caspian Ferry Fund. Japarov proposed a Glacier Monitoring Centre. "
            "Aliyev welcomed the glacier initiative. The idea of a ferry fund was backed by Mongolia.")
    assert pairs(text, "supported") == {("Ilham Aliyev", "Glacier Monitoring Centre"),
                                        ("Mongolia", "Caspian Ferry Fund")}


def test_passive_and_relative_support() -> None:
    assert pairs("Uzbekistan proposed a Regional Insurance Pool. The idea was backed by Turkmenistan and "
                 "Mongolia.", "supported") == {("Turkmenistan", "Regional Insurance Pool"),
                                               ("Mongolia", "Regional Insurance Pool")}
    assert pairs("Kyrgyzstan and Tajikistan proposed to launch a Joint Hydropower Commission, which won the "
                 "support of Mongolia and Azerbaijan.", "supported") == {
        ("Mongolia", "Joint Hydropower Commission"), ("Azerbaijan", "Joint Hydropower Commission")}


def test_nominal_and_adjectival_support() -> None:
    text = ("ASTANA, 5 June 2024 – Turkmenistan proposed a Caspian Port Alliance. Kazakhstan's support for "
            "Turkmenistan's proposal is no surprise. Support from partners such as Turkey and Japan also came. "
            "Iran has been supportive.")
    assert pairs(text, "supported") == {("Kazakhstan", "Caspian Port Alliance"), ("Turkey", "Caspian Port Alliance"),
                                        ("Japan", "Caspian Port Alliance"), ("Iran", "Caspian Port Alliance")}


def test_support_by_all_the_regions_leaders_is_support_by_the_other_states() -> None:
    text = ("The Steppe Youth Games, held since 2019 on the initiative of Kazakh President Kassym-Jomart "
            "Tokayev, were backed by all the leaders of the region.")
    assert {s for s, _ in pairs(text, "supported")} == {"Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"}


def test_greeting_a_person_is_not_support_and_nobody_supports_their_own_proposal() -> None:
    assert pairs("Japarov welcomed Kassym-Jomart Tokayev and Shavkat Mirziyoyev to Cholpon-Ata.", "supported") == set()
    assert pairs("Tokayev proposed a Steppe Rail Fund and supported it warmly.", "supported") == set()


# ----------------------------------------------------------------------------- membership

def test_memberships_and_what_is_not_one() -> None:
    text = ("ASTANA, 8 June 2024 – Kazakhstan, Kyrgyzstan and Tajikistan are members of the CSTO. Tajikistan, a "
            "member of the SCO, hosted talks. Belarus joined the SCO in July. Turkmenistan is not a member of the "
            "CSTO. Uzbekistan holds observer status in the EAEU. Iran wants to join the EAEU.")
    assert pairs(text, "memberOf") == {
        ("Kazakhstan", "Collective Security Treaty Organization"), ("Kyrgyzstan", "Collective Security Treaty Organization"),
        ("Tajikistan", "Collective Security Treaty Organization"), ("Tajikistan", "Shanghai Cooperation Organisation"),
        ("Belarus", "Shanghai Cooperation Organisation")}


def test_an_organisation_with_its_members_and_an_anaphor_of_it() -> None:
    text = ("The Steppe Rail Union brings together Kazakhstan, Mongolia and China. Founded in 2020, the union "
            "also includes Russia.")
    assert pairs(text, "memberOf") == {("Kazakhstan", "Steppe Rail Union"), ("Mongolia", "Steppe Rail Union"),
                                       ("China", "Steppe Rail Union"), ("Russia", "Steppe Rail Union")}


def test_states_collectively_known_as_a_grouping() -> None:
    text = "Tajikistan, Uzbekistan, Kyrgyzstan, Kazakhstan and Turkmenistan, together known as the C5, met in Osh."
    assert {m for m, _ in pairs(text, "memberOf")} == {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan",
                                                      "Uzbekistan"}


def test_organisations_listed_as_projects_are_not_memberships() -> None:
    assert pairs("Countries of the region take part in projects including the Eurasian Economic Union and the "
                 "Belt and Road Initiative.", "memberOf") == set()


# ----------------------------------------------------------------------------- offices and attendance

def offices(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, (f.role or "").rsplit("#", 1)[-1], f.object.name) for f in read(text).facts
            if f.relation == "holdsOfficeIn"}


def test_offices_from_titles_and_names_together() -> None:
    text = ("TERMEZ, 2 May 2024 – The talks brought together Uzbek President Shavkat Mirziyoyev, President Ilham "
            "Aliyev of Azerbaijan and Murat Nurtleu, Kazakhstan's foreign minister. Former Kyrgyz foreign minister "
            "Ruslan Kazakbaev also attended.")
    found = offices(text)
    assert {("Shavkat Mirziyoyev", "President", "Uzbekistan"), ("Ilham Aliyev", "President", "Azerbaijan"),
            ("Murat Nurtleu", "ForeignMinister", "Kazakhstan")} <= found
    assert not any(person == "Ruslan Kazakbaev" for person, _, _ in found)  # a former office is not held


def test_attendance_and_hosting_of_a_reference_summit() -> None:
    x = read("ASHGABAT, 6 August 2021 – President Gurbanguly Berdimuhamedov hosted the third Consultative Meeting "
             "of the Heads of State of Central Asia. Tokayev and Japarov took part in the meeting.")
    hosted = {(f.subject.name, f.object.name) for f in x.facts if f.relation == "hosted"}
    attended = {f.subject.name for f in x.facts if f.relation == "attended"}
    summit = "Third Consultative Meeting of the Heads of State of Central Asia"
    assert ("Turkmenistan", summit) in hosted
    assert {"Kassym-Jomart Tokayev", "Sadyr Japarov"} <= attended
    third = next(e for e in x.entities if e.name == summit)
    assert (third.ordinal, third.date) == (3, "2021-08-06")


def test_a_series_meeting_is_identified_by_its_place_or_date() -> None:
    by_place = read("The Consultative Meeting held at Cholpon-Ata closed with a joint statement.")
    by_date = read("Analysts recalled the 29 November meeting of Central Asian leaders in the Uzbek capital.")
    assert {e.ordinal for e in by_place.entities if e.kind == "Summit"} == {4}
    assert {e.ordinal for e in by_date.entities if e.kind == "Summit"} == {2}


def test_a_capital_acting_is_its_state() -> None:
    text = "Kazakhstan floated the idea of a Caspian Shipping Alliance. Baku was quick to endorse the plan."
    assert pairs(text, "supported") == {("Azerbaijan", "Caspian Shipping Alliance")}
    # a capital as a place stays a place
    assert ("State", "Azerbaijan") not in {(e.kind, e.name) for e in read("The ministers met in Baku.").entities}


def test_organisation_member_states_and_a_fronted_membership() -> None:
    text = "SCO member states Kazakhstan and Kyrgyzstan backed the plan. As a member of the EAEU, Armenia abstained."
    assert pairs(text, "memberOf") == {("Kazakhstan", "Shanghai Cooperation Organisation"),
                                       ("Kyrgyzstan", "Shanghai Cooperation Organisation"),
                                       ("Armenia", "Eurasian Economic Union")}


def test_deputies_and_former_ministers_hold_no_office_but_are_people() -> None:
    x = read("Deputy Prime Minister Serik Zhumangarin of Kazakhstan spoke.")
    assert ("Person", "Serik Zhumangarin") in {(e.kind, e.name) for e in x.entities}
    assert not [f for f in x.facts if f.relation == "holdsOfficeIn"]
