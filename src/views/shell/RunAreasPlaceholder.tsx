/** RunAreas' grid areas, empty, while its chunk arrives: the editor keeps its place. */
export function RunAreasPlaceholder({ ownConsole }: { ownConsole: boolean }) {
  return (
    <>
      <div className="area-run" aria-busy="true" />
      {ownConsole && <div className="area-console" />}
      <div className="area-side" />
    </>
  );
}
