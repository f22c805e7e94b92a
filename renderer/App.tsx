export function App() {
  return (
    <main>
      <h1>Yardstick</h1>
      <p data-testid="app-version">Version {__APP_VERSION__}</p>
    </main>
  );
}
