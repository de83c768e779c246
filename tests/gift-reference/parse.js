// Parses each GIFT file named on the command line with gift-pegjs (the reference GIFT parser)
// and prints one JSON document: {file: [question, ...]}, each question in the shape
// tst_giftreference compares with HIT Ready's own parse (engine/interchange/giftparse.h).
'use strict';
const fs = require('fs');
const gift = require('gift-pegjs');

const kinds = {
  Category: 'category', Description: 'description', Essay: 'essay', MC: 'multiple choice',
  TF: 'true/false', Short: 'short answer', Numerical: 'numerical', Matching: 'matching',
};
const text = (t) => (t == null ? null : t.text);

function numerical(choice, weight, feedback) {
  const n = { weight: weight, feedback: feedback };
  if (choice.type === 'high-low') {
    n.number = (choice.numberHigh + choice.numberLow) / 2;
    n.tolerance = (choice.numberHigh - choice.numberLow) / 2;
  } else {
    n.number = choice.number;
    n.tolerance = choice.type === 'range' ? choice.range : 0;
  }
  return n;
}

function question(q) {
  const out = { kind: kinds[q.type] || q.type };
  if (q.type === 'Category') {
    out.category = q.title;
    return out;
  }
  out.title = q.title || '';
  out.format = q.stem.format;
  out.stem = q.stem.text;
  out.generalFeedback = text(q.globalFeedback);
  if (q.type === 'MC' || q.type === 'Short') {
    out.answers = q.choices.map((c) => ({
      text: text(c.text),
      weight: c.weight != null ? c.weight : c.isCorrect ? 100 : 0,
      feedback: text(c.feedback),
    }));
  } else if (q.type === 'Numerical') {
    const choices = Array.isArray(q.choices) ? q.choices : [{ text: q.choices, isCorrect: true }];
    out.answers = choices.map((c) =>
      numerical(c.text, c.weight != null ? c.weight : c.isCorrect ? 100 : 0, text(c.feedback)));
  } else if (q.type === 'Matching') {
    out.answers = q.matchPairs.map((p) => ({ text: text(p.subquestion), match: p.subanswer }));
  } else if (q.type === 'TF') {
    out.truth = q.isTrue;
    out.truthFeedback = [text(q.trueFeedback), text(q.falseFeedback)].filter((f) => f != null);
  }
  return out;
}

const result = {};
for (const file of process.argv.slice(2)) {
  result[file] = gift.parse(fs.readFileSync(file, 'utf8')).map(question);
}
process.stdout.write(JSON.stringify(result));
