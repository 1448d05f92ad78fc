import fc from 'fast-check';

/**
 * Strings rich in what the text rule is about (controls, noncharacters, lone
 * surrogates, line ends, decomposed letters, Excel's _xHHHH_ escapes and
 * formula signs), mixed with any Unicode.
 */
export const awkwardText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.constantFrom('\t', '\n', '\r', '\r\n', '\u0000', '\u0007', '\u001f', '\u007f', '\u0085', '\u009f', '\ufdd0', '\ufdef', '\ufffe', '\uffff', '\u{1fffe}', '\u{10ffff}', '\ufeff', '\ufffd', 'e\u0301', '_x0041_', '_x00e9_', '=', '+', '-', '@', ' '),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));
