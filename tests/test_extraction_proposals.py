"""Who proposed what: one test per construction, in sentences written for these tests, with
actors and proposals of their own (the development documents are not repeated here)."""

from __future__ import annotations

from loaders.documents import document_from_text
from loaders.extractor import extract
from loaders.facts import Extraction


def read(text: str) -> Extraction:
    return extract(document_from_text(text, "case.txt"))


def proposals(text: str) -> set[tuple[str, str]]:
    """(proposer, proposal) pairs."""
    return {(f.subject.name, f.object.name) for f in read(text).facts if f.relation == "proposed"}


def test_active() -> None:
    assert proposals("ASHGABAT, 12 March 2024 – Serdar Berdimuhamedov proposed establishing a Caspian Shipping "
                     "Council.") == {("Serdar Berdimuhamedov", "Caspian Shipping Council")}
    # adverbs and an aside between actor and verb
    assert proposals("Tokayev has recently, in a speech in Aktau, called for a Caspian Oil Spill Centre.") == {
        ("Kassym-Jomart Tokayev", "Caspian Oil Spill Centre")}


def test_active_with_the_state_and_date_of_the_fact() -> None:
    x = read("BISHKEK, 2 April 2024 – Sadyr Japarov suggested creating a Steppe Solar Alliance on Tuesday.")
    fact = next(f for f in x.facts if f.relation == "proposed")
    assert (fact.subject.name, fact.on_behalf_of.name, fact.object.name) == ("Sadyr Japarov", "Kyrgyzstan",
                                                                              "Steppe Solar Alliance")
    assert fact.date == "2024-04-02"  # "on Tuesday", the dateline's day
    assert fact.evidence.trigger == "suggested"
    assert x.document.text[fact.evidence.sentence.start:fact.evidence.sentence.end] == fact.evidence.sentence.text


def test_passive() -> None:
    assert proposals("A Steppe Solar Alliance was proposed by Sadyr Japarov.") == {
        ("Sadyr Japarov", "Steppe Solar Alliance")}
    assert proposals("The Regional Seismic Network, which would share earthquake data, was put forward by "
                     "Tajikistan.") == {("Tajikistan", "Regional Seismic Network")}


def test_relative_passive() -> None:
    assert proposals("The Aral Restoration Fund, the establishment of which was suggested by Shavkat Mirziyoyev, "
                     "would pool donor money.") == {("Shavkat Mirziyoyev", "Aral Restoration Fund")}
    # a reduced relative after the thing proposed
    assert proposals("Preparations continue for the Eurasian Grain Congress in Almaty, proposed by Tokayev "
                     "last spring.") == {("Kassym-Jomart Tokayev", "Eurasian Grain Congress in Almaty")}


def test_nominal_of_to() -> None:
    assert proposals("DUSHANBE, 10 June 2024 – Emomali Rahmon met the press. The initiative of the President "
                     "of Tajikistan to create a Pamir Glacier Observatory was discussed.") == {
        ("Emomali Rahmon", "Pamir Glacier Observatory")}


def test_nominal_possessive() -> None:
    assert proposals("OSH, 1 July 2024 – Sadyr Japarov spoke first. Delegates praised the Kyrgyz side's "
                     "proposal to set up a Mountain Tourism Board.") == {("Sadyr Japarov", "Mountain Tourism Board")}
    assert proposals("Turkey's call for a Turkic Railway Charter found few critics.") == {
        ("Turkey", "Turkic Railway Charter")}


def test_a_mention_of_a_proposal_is_not_a_new_one() -> None:
    assert proposals("Tokayev's initiative is widely discussed. The timing of his proposal is telling.") == set()


def test_on_the_initiative_of() -> None:
    assert proposals("BAKU, 3 May 2024 – The Transcaspian Business Week, launched in 2021 on the initiative of "
                     "Ilham Aliyev, now draws thousands.") == {("Ilham Aliyev", "Transcaspian Business Week")}
    # a reference initiative under one of its names
    assert proposals("The cycle of Central Asian summits, launched on the initiative of Mirziyoyev, continues.") == {
        ("Shavkat Mirziyoyev", "Consultative Meetings of the Heads of State of Central Asia")}


def test_vision_includes() -> None:
    assert proposals("Japarov's vision includes the creation of a Glacier Data Bank and the formulation of rules "
                     "for sharing it.") == {("Sadyr Japarov", "Glacier Data Bank"),
                                            ("Sadyr Japarov", "formulation of rules for sharing it")}


def test_elided_verb() -> None:
    assert proposals("TASHKENT, 4 May 2024 – Emomali Rahmon and Shavkat Mirziyoyev spoke. Mirziyoyev proposed a "
                     "Digital Customs Charter, whereas the Tajik leader – a Regional Seed Bank.") == {
        ("Shavkat Mirziyoyev", "Digital Customs Charter"), ("Emomali Rahmon", "Regional Seed Bank")}


def test_coordinated_objects_are_separate_proposals() -> None:
    assert proposals("Tokayev proposed drafting a Water Code for the region, opening a Logistics Academy in Aktau, "
                     "and holding an annual Investment Week.") == {
        ("Kassym-Jomart Tokayev", "Water Code for the region"),
        ("Kassym-Jomart Tokayev", "Logistics Academy in Aktau"),
        ("Kassym-Jomart Tokayev", "annual Investment Week")}
    assert proposals("Mongolia proposed to build a dry port, to open a rail ferry and to create a joint "
                     "insurer.") == {("Mongolia", "dry port"), ("Mongolia", "rail ferry"), ("Mongolia", "joint insurer")}
    # coordinated named initiatives
    assert proposals("Uzbekistan initiated a Regional Flood Programme as well as the formation of a Mudflow "
                     "Warning System.") == {("Uzbekistan", "Regional Flood Programme"),
                                            ("Uzbekistan", "Mudflow Warning System")}


def test_coordinated_verbs_sharing_an_object_are_one_proposal() -> None:
    assert proposals("Kyrgyzstan proposed to develop and adopt a Mountain Agenda Strategy.") == {
        ("Kyrgyzstan", "Mountain Agenda Strategy")}
    # a gerund inside a noun phrase is not a second proposal
    assert proposals("Turkmenistan proposed to put cooperation in gas transit and strengthening pipeline safety "
                     "on a firm footing.") == {
        ("Turkmenistan", "cooperation in gas transit and strengthening pipeline safety on a firm footing")}


def test_a_plural_head_with_a_list_of_fields_is_one_proposal_per_field() -> None:
    assert proposals("Rahmon took the initiative to draft separate action plans in the fields of tourism, "
                     "mining and digital services.") == {
        ("Emomali Rahmon", "action plan in the field of tourism"),
        ("Emomali Rahmon", "action plan in the field of mining"),
        ("Emomali Rahmon", "action plan in the field of digital services")}


def test_joint_proposers_give_one_fact_each() -> None:
    assert proposals("Mongolia and Kazakhstan proposed a Northern Transit Dialogue.") == {
        ("Mongolia", "Northern Transit Dialogue"), ("Kazakhstan", "Northern Transit Dialogue")}


def test_a_second_verb_shares_the_subject() -> None:
    assert proposals("Mirziyoyev announced the holding of a Samarkand Water Forum, and also initiated a UN "
                     "resolution on mountain lakes.") == {
        ("Shavkat Mirziyoyev", "Samarkand Water Forum"), ("Shavkat Mirziyoyev", "UN resolution on mountain lakes")}
    assert proposals("Nazarbayev welcomed the idea and offered to host a Steppe Youth Festival.") == {
        ("Nursultan Nazarbayev", "Steppe Youth Festival")}


def test_pronouns_take_their_antecedent() -> None:
    assert proposals("TASHKENT, 16 May 2024 – Shavkat Mirziyoyev opened the talks. He proposed creating a "
                     "Regional Startup Fund.") == {("Shavkat Mirziyoyev", "Regional Startup Fund")}
    assert proposals("Tajikistan has a record on water: it took the initiative to declare a Decade of "
                     "Glaciers.") == {("Tajikistan", "Decade of Glaciers")}


def test_agentless_passive_continues_the_previous_proposer() -> None:
    text = ("TASHKENT, 11 May 2024 – Shavkat Mirziyoyev chaired the session. The President of Uzbekistan made "
            "several proposals on water. In particular, proposals were put forward to create a Basin Monitoring "
            "Centre.")
    assert proposals(text) == {("Shavkat Mirziyoyev", "Basin Monitoring Centre")}
    # without a continuation, nobody is named as proposer
    assert proposals("It was proposed to create a Caspian Contact Group.") == set()


def test_offers_calls_plans_and_urging() -> None:
    assert proposals("Iran and Turkmenistan expressed their readiness to expand gas swaps.") == {
        ("Iran", "expanding gas swaps"), ("Turkmenistan", "expanding gas swaps")}  # what is proposed, by its gerund
    assert proposals("Rahmon stressed the urgent need for a regional early-warning network.") == {
        ("Emomali Rahmon", "regional early-warning network")}
    assert proposals("Mongolia outlined its plan for a regional power market.") == {
        ("Mongolia", "regional power market")}
    assert proposals("Tokayev urged his counterparts to create a Central Asian Film Fund.") == {
        ("Kassym-Jomart Tokayev", "Central Asian Film Fund")}
    assert proposals("Tokayev suggested that the five states create a Joint Seismic Network.") == {
        ("Kassym-Jomart Tokayev", "Joint Seismic Network")}


def test_what_is_not_a_proposal() -> None:
    assert proposals("Tokayev announced that the summit had ended.") == set()
    assert proposals("The ministers put forward several new initiatives.") == set()
    assert proposals("Japarov offered support to the flood victims.") == set()
    assert proposals("All participants made similar proposals.") == set()


def test_a_restated_proposal_stays_with_the_person_who_made_it() -> None:
    text = ("BISHKEK, 9 May 2024 – Japarov called for a Regional Glacier Fund. "
            "Kyrgyzstan's call for a regional glacier fund drew praise.")
    assert proposals(text) == {("Sadyr Japarov", "Regional Glacier Fund")}
    # a bare state as subject stays a state
    assert proposals("Kazakhstan proposed a Eurasian Grain Exchange.") == {("Kazakhstan", "Eurasian Grain Exchange")}


def test_a_proposal_mentioned_again_is_the_same_initiative() -> None:
    x = read("Rahmon called for closer water cooperation among the Central Asian states. Later he again stressed "
             "the need for closer water cooperation among the C5.")
    objects = {f.object.iri for f in x.facts if f.relation == "proposed"}
    assert len(objects) == 1


def test_spun_text_yields_its_facts_in_restored_words() -> None:
    text = ("Turkmenistan's President Serdar Berdimuhamedov referred to as for nearer protection ties with the "
            "Central Asian nations not too long ago. His imaginative and prescient envisages the creation of a "
            "safety structure for the Caspian.")
    assert proposals(text) == {
        ("Serdar Berdimuhamedov", "closer defence ties with the Central Asian nations"),
        ("Serdar Berdimuhamedov", "security architecture for the Caspian")}
    # the same words in ordinary prose are read as written
    assert proposals("Kazakhstan called for better protection of the Caspian seals.") == {
        ("Kazakhstan", "better protection of the Caspian seals")}


def test_a_proposal_made_at_a_summit_names_it() -> None:
    x = read("DUSHANBE, 14 September 2023 – The fifth Consultative Meeting took place in the Tajik capital. "
             "At the summit, Japarov proposed a Regional Mudflow Service.")
    fact = next(f for f in x.facts if f.relation == "proposed")
    assert fact.summit is not None and fact.summit.ordinal == 5 and fact.summit.in_reference


def test_we_and_i_in_a_quotation_are_its_speaker() -> None:
    assert proposals('"We propose to establish a Central Asian Wildfire Service," Tokayev said.') == {
        ("Kassym-Jomart Tokayev", "Central Asian Wildfire Service")}
    assert proposals('Rahmon told the leaders: "I propose creating a Pamir Water Academy."') == {
        ("Emomali Rahmon", "Pamir Water Academy")}


def test_a_fronted_initiative_of_names_what_the_main_clause_created() -> None:
    assert proposals("At the initiative of Turkmenistan, the UN General Assembly adopted a resolution on "
                     "neutral transit corridors.") == {("Turkmenistan", "resolution on neutral transit corridors")}
    assert proposals("At the initiative of Japarov, a Mountain Heritage Fund was set up.") == {
        ("Sadyr Japarov", "Mountain Heritage Fund")}


def test_a_list_announced_by_a_colon() -> None:
    text = ("Mirziyoyev proposed the following:\n- creating a Regional Drought Centre;\n"
            "- launching a joint satellite programme;\n- holding a Water Week in Nukus.\nThe talks then ended.")
    assert proposals(text) == {("Shavkat Mirziyoyev", "Regional Drought Centre"),
                               ("Shavkat Mirziyoyev", "joint satellite programme"),
                               ("Shavkat Mirziyoyev", "Water Week in Nukus")}


def test_passive_with_the_object_after_the_agent() -> None:
    assert proposals("It was proposed by Kazakhstan to create a Caspian Logistics Hub.") == {
        ("Kazakhstan", "Caspian Logistics Hub")}
    assert proposals("Proposals put forward by Kyrgyzstan include a Mountain Forum and a Glacier Fund.") == {
        ("Kyrgyzstan", "Mountain Forum"), ("Kyrgyzstan", "Glacier Fund")}


def test_the_head_of_state_is_the_president_the_text_named() -> None:
    text = ("Shavkat Mirziyoyev arrived in Khiva. The head of state proposed creating a Khorezm Tourism "
            "Cluster. The President put forward a number of initiatives to deepen cooperation.")
    assert proposals(text) == {("Shavkat Mirziyoyev", "Khorezm Tourism Cluster")}


def test_a_label_keeps_the_year_it_proclaims() -> None:
    assert proposals("Uzbekistan's proposal to declare 2026 the Year of Regional Tourism won praise.") == {
        ("Uzbekistan", "Year of Regional Tourism (2026)")}


def test_a_second_verb_after_and_shares_the_clauses_actor_and_its_summit() -> None:
    x = read("ASTANA, 3 June 2023 – Tokayev spoke at the Astana International Forum and proposed a Steppe "
             "Climate Congress.")
    fact = next(f for f in x.facts if f.relation == "proposed")
    assert (fact.subject.name, fact.object.name) == ("Kassym-Jomart Tokayev", "Steppe Climate Congress")
    assert fact.summit is not None and fact.summit.name == "Astana International Forum"
    assert fact.summit.place is not None and fact.summit.place.endswith("/place/astana")


def test_an_aside_between_a_verb_and_its_object_is_not_in_the_label() -> None:
    text = "“We propose to open, with help from the UN, a Caspian Seal Centre in Aktau,” Tokayev said."
    assert proposals(text) == {("Kassym-Jomart Tokayev", "Caspian Seal Centre in Aktau")}
