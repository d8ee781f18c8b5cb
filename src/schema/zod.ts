import { z } from 'zod'

// The Content-Security-Policy forbids eval. zod's optional JIT probes `new Function` when an object schema is built,
// and browsers report that as a violation even though zod catches it. Every schema imports z from here, so the switch
// is set before any schema is built, whatever order the bundler evaluates chunks in. Parsing without the JIT is fast
// enough for our files.
z.config({ jitless: true })

export { z }
