// The one place db/ reaches up into lib/data (eslint.config.mjs allows it here only): the demo seed
// creates some of its data through the real use cases, so the demo shows what the product would write.
export { notify } from "@/lib/data/notifications/notify";
