// deck.gl's picking asks the GPU two questions synchronously, and a synchronous question waits for the GPU to
// finish every frame queued before it. Where the browser draws in software (SwiftShader, low-end machines) that
// queue is long while the map is being redrawn: each question held the main thread for 0.5–1.7 s, just as someone
// clicked the map. The device deck.gl draws with is adjusted once, when it is created, so that neither waits.
import type { MapboxOverlayProps } from '@deck.gl/mapbox';

type Device = Parameters<NonNullable<MapboxOverlayProps['onDeviceInitialized']>>[0];

/** luma.gl's usage flag for buffers the CPU reads back (WebGPU's GPUBufferUsage.MAP_READ). */
const MAP_READ = 0x0001;
const POLL_MS = 4;

/**
 * Resolves once the GPU has run every command issued so far. A fence's status is polled between tasks, which
 * never blocks; reading a buffer afterwards finds its data ready instead of waiting for it.
 */
function gpuFinished(gl: WebGL2RenderingContext): Promise<void> {
  const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  gl.flush();
  return new Promise((resolve) => {
    const poll = () => {
      if (sync && gl.getSyncParameter(sync, gl.SYNC_STATUS) !== gl.SIGNALED) {
        setTimeout(poll, POLL_MS);
        return;
      }
      if (sync) gl.deleteSync(sync);
      resolve();
    };
    poll();
  });
}

export function avoidGpuStalls(device: Device) {
  // The first pick asks whether float textures can be drawn to, for a depth buffer only 3D picking uses; no layer
  // here picks in 3D, so the answer is no, without the probe (a getError round trip).
  const renderable = device.isTextureFormatRenderable.bind(device);
  device.isTextureFormatRenderable = (format) => format !== 'rgba32float' && renderable(format);

  // luma.gl's WebGL readAsync reads the picking pixels at once (getBufferSubData): wait for the fence first.
  const gl = (device as unknown as { gl?: WebGL2RenderingContext }).gl;
  if (!gl) return;
  const createBuffer = device.createBuffer.bind(device);
  device.createBuffer = ((props: Parameters<Device['createBuffer']>[0]) => {
    const buffer = createBuffer(props);
    if ('usage' in props && typeof props.usage === 'number' && (props.usage & MAP_READ) !== 0) {
      const read = buffer.readAsync.bind(buffer);
      buffer.readAsync = async (byteOffset, byteLength) => {
        await gpuFinished(gl);
        return read(byteOffset, byteLength);
      };
    }
    return buffer;
  }) as Device['createBuffer'];
}
