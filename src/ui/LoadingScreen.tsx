/** The quiet loading screen: a thin bar and a word, mirrored on the canvas by the Preloader scene. */
export function LoadingScreen({ progress }: { progress: number }) {
  const percent = Math.round(progress * 100);
  return (
    <div class="loading">
      <p id="loading-label">Loading Lost Corner</p>
      <progress aria-labelledby="loading-label" max={100} value={percent}>
        {percent}%
      </progress>
    </div>
  );
}
