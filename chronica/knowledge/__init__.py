"""Knowledge across documents: who is who, how groups relate over time, and which mentions tell of the
same event.

Stages, each a pure function over records, so that the store, the CLI and the tests call the same code:

- ``aliases``: cluster the actor names of all documents into entities (aliases, transliterations,
  acronyms, name order, partial names), every merge with its evidence, analyst corrections applied
  as must-link / cannot-link constraints;
- ``relations``, ``leadership``, ``estimates``: claims stated in sentences (allegiance, components,
  mergers, splits, alliances, rivalries, ceasefires, leaders with order and tenure, founders, funders,
  strength estimates), each with its source span;
- ``dedup``: the same real-world event told by several documents (or twice in one) as one event whose
  sources keep their own dates and figures as claims, marked contested when they disagree;
- ``reliability``: source grades A-F and claim credibility 1-6 (the NATO Admiralty code).

The records they exchange are in ``chronica.knowledge.model``.
"""
