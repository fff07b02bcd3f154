// Words that carry no intent; numbers collapse to 0 so "£89.50" and "£12" look alike.
const STOP = new Set(
  'the a an and or to of in on for is it i my me we our you your be was were are this that with at by from as have has had not no but so if can could would please hi hello dear thanks thank regards kind'.split(
    ' ',
  ),
);

/** The distinct words and word pairs of a text, as the word model counts them. */
export function wordTokens(text: string): string[] {
  const words = (
    text
      .toLowerCase()
      .replace(/[0-9]+/g, '0')
      .match(/[a-z0']+/g) ?? []
  ).filter((w) => w.length > 1);
  const single = words.filter((w) => !STOP.has(w));
  const pairs = words.slice(1).map((w, i) => `${words[i]}_${w}`);
  return [...new Set([...single, ...pairs])];
}
