import { parentPort, workerData } from 'node:worker_threads';
import { RegistryGenerator } from './households';
import type { GeneratorInput } from './model';

/** Generates the chunks the main thread asks for while it streams earlier ones into PostgreSQL. */
const generator = new RegistryGenerator(workerData as GeneratorInput);
parentPort!.on('message', (message: { first: number; count: number }) => {
  const chunk = generator.generate(message.first, message.count);
  // Hand the buffers over (no copy).
  parentPort!.postMessage(chunk, Object.values(chunk.text).map((bytes) => bytes.buffer as ArrayBuffer));
});
