-- claims_sentences(text): the splitter as a pure table-valued function.
.mode list
.separator |
SELECT ord, start, "end", text FROM claims_sentences('Rebels said they took the airport. The army denied it.');
SELECT ord, text FROM claims_sentences('Lt. Gen. J. R. Smith arrived at 9 a.m. on Monday. He left at noon.');
SELECT ord, text FROM claims_sentences('"We will fight," he said. "We will win." Officials were not available.');
SELECT ord, text FROM claims_sentences('Some 2,50,000 people (1.5 per cent) fled... Aid was sent via https://example.org/a.b and @aid_org.');
SELECT ord, text FROM claims_sentences('Rebels claim the port

The fighting continued into the night.');
-- Offsets are code points: substr() returns each sentence.
SELECT count(*) FROM claims_sentences('Ça commence. «Très bien», dit-il. Ünïcode.') AS s
 WHERE substr('Ça commence. «Très bien», dit-il. Ünïcode.', s.start + 1, s."end" - s.start) = s.text;
SELECT count(*) FROM claims_sentences(NULL);
