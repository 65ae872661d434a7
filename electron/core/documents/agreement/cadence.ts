/** How often a pair meets, in words: "at least once a quarter (every 90 days)". */
export function cadenceInWords(days: number): string {
  const named: [number, string][] = [
    [7, 'at least once a week'],
    [14, 'at least every two weeks'],
    [31, 'at least once a month'],
    [62, 'at least every two months'],
    [92, 'at least once a quarter'],
    [183, 'at least twice a year'],
    [365, 'at least once a year'],
  ];
  const match = named.find(([limit]) => days <= limit);
  return match ? `${capital(match[1])} (every ${days} days)` : `At least every ${days} days`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
