/** Builds the offline basemap layers into geodata/basemap (placeholder: the real build follows). */
export async function buildBasemap(outDir = 'geodata/basemap'): Promise<void> {
  void outDir;
}
