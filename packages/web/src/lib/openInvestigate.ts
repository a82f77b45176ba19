/** Opens Investigate with `query` (from an alert, an asset, a message). */
export function openInvestigate(query: string): void {
  sessionStorage.setItem('kunren.pivot', query);
  window.location.hash = '#/investigate';
}
