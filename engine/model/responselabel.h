#pragma once
// How an instructor reads a stored response in the item analysis: option and span ids become
// their text ("b. Date of birth"; "M; 02/28/2025"), an order and matches keep their ids with
// arrows, true/false and typed answers stay as given.

#include "quiz.h"

namespace hitready {

// `encoded`: encodeAnswer() of a response to `item` of `quiz` (ResponseFrequency::response).
// A value that does not fit the item is returned as it is.
QString responseLabel(const Quiz &quiz, const Item &item, const QString &encoded);

} // namespace hitready
