#pragma once
// The small quiz tst_rules and tst_rulescli add recommendations to (after `recommendations:`).

namespace {

// Domains a and b (weight 1) and c (weight 2) have one scored item each; a and s have a
// likert item (s has nothing else, so it never has a percent). Bands 0 / 50 / 80.
const char *const quizHead = R"(hitready: 1
id: rules
title: Rules
levels: [{min: 0, label: Beginner}, {min: 50, label: Middle}, {min: 80, label: Ready}]
domains:
  - {id: a, title: A}
  - {id: b, title: B}
  - {id: c, title: C, weight: 2}
  - {id: s, title: Self only}
items:
  - {id: a1, domain: a, type: truefalse, prompt: P, answer: true}
  - {id: b1, domain: b, type: truefalse, prompt: P, answer: true}
  - {id: c1, domain: c, type: truefalse, prompt: P, answer: true}
  - {id: la, domain: a, type: likert, prompt: P, anchors: [1, 2, 3, 4, 5]}
  - {id: ls, domain: s, type: likert, prompt: P, anchors: [1, 2, 3, 4, 5]}
recommendations:
)";

} // namespace
