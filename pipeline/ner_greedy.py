"""Greedy decoding of the NER model's entities, with numpy instead of spaCy's compiled parser loop.

spaCy's ``Parser.greedy_parse`` checks every action's validity (26 actions for our six labels) for
every token through a function pointer that takes and drops the GIL on each call. ``perf`` put
half of the NER time there: about 20 us a token, as much as a third of the whole model.

The decoding needs no loop for most tokens. The NER model's state is three tokens: the next word,
the first word of the open entity and the word before the next one (the last two only while an
entity is open). With no entity open its scores depend on the word alone, so they come for every
token of a batch from one matrix product, and so does the best valid action. Only tokens inside an
entity need a step of their own. The weights are the model's own (tok2vec, lower, upper layers),
and the transition rules are spaCy's BILUO rules for text without preset entities
(``spacy/pipeline/_parser_internals/ner.pyx``):

* Begin(L): no entity open, another token follows, it does not start a sentence, this token is not
  whitespace;
* In(L): the open entity has label L, another token follows and does not start a sentence;
* Last(L): the open entity has label L;
* Unit(L): no entity open, this token is not whitespace;
* Out: no entity open.

Among the valid actions the highest score wins, the first on a tie (as ``arg_max_if_valid``). The
only difference from spaCy is rounding in the matrix product (numpy's BLAS instead of BLIS), which
can only matter where two actions score the same to about 1e-6.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class _Classes:
    begin: dict[str, int]
    inside: dict[str, int]
    last: dict[str, int]
    unit: dict[str, int]
    out: int
    labels: list[str]  # class index -> label ("" for O and the blocked unit)


def _classes(names: list[str]) -> _Classes:
    by_move: dict[str, dict[str, int]] = {"B": {}, "I": {}, "L": {}, "U": {}}
    labels = []
    for i, name in enumerate(names):
        move, _, label = name.partition("-")
        labels.append(label)
        if move in by_move and label:  # "U-" (a blocked token) is only valid with preset entities
            by_move[move][label] = i
    return _Classes(by_move["B"], by_move["I"], by_move["L"], by_move["U"], names.index("O"), labels)


class GreedyNER:
    """Sets ``doc.ents`` from a spaCy ``EntityRecognizer``'s model (greedy, beam width 1)."""

    def __init__(self, ner) -> None:
        model = ner.model
        if not model.attrs.get("has_upper") or ner.cfg.get("beam_width", 1) != 1:
            raise ValueError("GreedyNER needs a greedy NER model with an upper layer")
        self.tok2vec = model.get_ref("tok2vec")
        self.lower = model.get_ref("lower")
        if self.lower.get_dim("nF") != 3:
            raise ValueError("GreedyNER needs the NER state of three tokens")
        upper = model.get_ref("upper")
        self.W = upper.get_param("W")
        self.b = upper.get_param("b")
        self.bias = self.lower.get_param("b")
        self.classes = _classes([ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)])
        # spaCy sets an unseen class to the lowest score of its batch; here it is never chosen.
        self.unseen = sorted(model.attrs.get("unseen_classes") or ())

    def __call__(self, docs: list[Doc]) -> list[Doc]:
        docs = list(docs)
        sizes = [len(doc) for doc in docs]
        if not sum(sizes):
            return docs
        tokvecs = self.tok2vec.predict(docs)
        # (tokens + 1, 3 features, hidden, pieces); row 0 is the padding of an absent token.
        cached = self.lower.predict(tokvecs)
        closed = self._closed_scores(cached)
        offset = 0
        for doc, n in zip(docs, sizes, strict=True):
            if n:
                spans = self._decode(doc, cached, closed[offset : offset + n], offset)
                doc.set_ents(spans, default="outside")
            offset += n
        return docs

    def _scores(self, pre: numpy.ndarray) -> numpy.ndarray:
        pre += self.bias
        scores = pre.max(axis=-1) @ self.W.T
        scores += self.b
        if self.unseen:
            scores[..., self.unseen] = -numpy.inf
        return scores

    def _closed_scores(self, cached: numpy.ndarray) -> numpy.ndarray:
        # The same sum as spaCy's, in the same order: next word, then the two padding features.
        pre = cached[1:, 0].copy()
        pre += cached[0, 1]
        pre += cached[0, 2]
        return self._scores(pre)

    def _decode(self, doc: Doc, cached: numpy.ndarray, closed: numpy.ndarray, offset: int) -> list[Span]:
        c = self.classes
        n = len(doc)
        attrs = doc.to_array([SENT_START, IS_SPACE]).reshape(n, 2)
        # next_ok[p]: token p + 1 exists and does not start a sentence.
        next_ok = numpy.zeros(n, dtype=bool)
        next_ok[:-1] = attrs[1:, 0] != 1
        not_space = attrs[:, 1] == 0
        valid = numpy.zeros(closed.shape, dtype=bool)
        valid[:, c.out] = True
        valid[:, list(c.unit.values())] = not_space[:, None]
        valid[:, list(c.begin.values())] = (next_ok & not_space)[:, None]
        best = numpy.where(valid, closed, -numpy.inf).argmax(axis=1)
        spans: list[Span] = []
        p = 0
        for start in numpy.flatnonzero(best != c.out).tolist():
            if start < p:  # inside an entity decided below
                continue
            action = best[start]
            label = c.labels[action]
            if c.unit.get(label) == action:
                spans.append(Span(doc, start, start + 1, label=label))
                p = start + 1
                continue
            p = start + 1  # Begin: decode the entity's next tokens one by one
            while True:
                pre = cached[offset + p + 1, 0].copy()
                pre += cached[offset + start + 1, 1]
                pre += cached[offset + p, 2]
                scores = self._scores(pre)
                i_in, i_last = c.inside[label], c.last[label]
                can_go_on = bool(next_ok[p])
                # The first of equal scores wins, in class order.
                go_on = can_go_on and (scores[i_in] > scores[i_last] or (scores[i_in] == scores[i_last] and i_in < i_last))
                p += 1
                if not go_on:
                    spans.append(Span(doc, start, p, label=label))
                    break
        return spans
