/**
 * Passwords that appear near the top of every leaked-password list (and their obvious variants): a new
 * password of at least 10 characters that is one of these is refused. Compared case-insensitively.
 */
const BASE_WORDS = [
  "password",
  "passw0rd",
  "p@ssword",
  "p@ssw0rd",
  "qwerty",
  "qwertyuiop",
  "asdfghjkl",
  "zxcvbnm",
  "1q2w3e4r",
  "1q2w3e4r5t",
  "qazwsx",
  "qazwsxedc",
  "abc123",
  "abcdef",
  "abcdefg",
  "abcdefgh",
  "abcdefghij",
  "iloveyou",
  "welcome",
  "admin",
  "administrator",
  "letmein",
  "monkey",
  "dragon",
  "football",
  "baseball",
  "basketball",
  "superman",
  "batman",
  "sunshine",
  "princess",
  "master",
  "shadow",
  "michael",
  "jennifer",
  "trustno1",
  "starwars",
  "whatever",
  "computer",
  "internet",
  "changeme",
  "secret",
  "default",
  "woaini",
  "woaini1314",
  "wodemima",
  "mima",
  "nihao",
  "jiebang",
  "china",
  "wuhan",
  "hubei",
  "test",
  "testtest",
  "guest",
  "user",
  "login",
  "hello",
  "helloworld",
  "freedom",
  "charlie",
  "mustang",
  "access",
  "flower",
  "killer",
  "hunter",
  "ranger",
  "soccer",
  "hockey",
  "pokemon",
  "naruto",
  "google",
  "baidu",
  "taobao",
  "tencent",
  "linkedin",
  "facebook",
];

const SUFFIXES = [
  "",
  "1",
  "12",
  "123",
  "1234",
  "12345",
  "123456",
  "!",
  "1!",
  "123!",
  "2023",
  "2024",
  "2025",
  "2026",
  "888",
  "666",
  "520",
  "1314",
];

const SEQUENCES = [
  "0123456789",
  "1234567890",
  "0987654321",
  "9876543210",
  "12345678910",
  "123456789a",
  "a123456789",
  "1234567890a",
  "1234512345",
  "1234554321",
  "1122334455",
  "1qaz2wsx3edc",
  "1qazxsw23edc",
  "zaq12wsx",
  "qweasdzxc",
  "qweasdzxc123",
  "qwe123qwe123",
  "abc123abc123",
  "aaaaaaaaaa",
  "abcabcabcabc",
  "5201314520",
  "1314520520",
  "woaini5201314",
  "iloveyou1314",
  "123qweasdzxc",
  "qwer1234qwer",
  "asdf1234asdf",
  "password123456",
];

function build(): Set<string> {
  const list = new Set<string>(SEQUENCES);
  for (const word of BASE_WORDS) {
    for (const suffix of SUFFIXES) list.add(word + suffix);
    list.add(word + word);
  }
  // 0000000000 … 9999999999 and longer runs of one digit or letter
  for (const char of "0123456789abcdefghijklmnopqrstuvwxyz") {
    for (let length = 10; length <= 16; length++) list.add(char.repeat(length));
  }
  // 1234567890-style runs starting anywhere, and 10+ digit ascending/descending prefixes
  const digits = "12345678901234567890";
  for (let start = 0; start < 10; start++) {
    for (let length = 10; length <= 12; length++) list.add(digits.slice(start, start + length));
  }
  // Doubled short numbers: 1234512345, 1231231231…
  for (const unit of [
    "12",
    "123",
    "1234",
    "12345",
    "321",
    "4321",
    "54321",
    "520",
    "666",
    "888",
    "147",
    "258",
    "369",
    "159",
    "753",
  ]) {
    let text = unit;
    while (text.length < 10) text += unit;
    list.add(text);
    list.add(text.slice(0, 10));
  }
  return list;
}

const COMMON = build();

/** Whether a password is one everyone tries first. */
export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.trim().toLowerCase());
}
