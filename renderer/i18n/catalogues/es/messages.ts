import type { messages as en } from '../en/messages';
import type { Messages } from '../types';
import { refused } from './refusals';
import { vendor } from './vendors';
import { file } from './files';

export const messages: Messages<typeof en> = {
  row: {
    cancelled: 'Cancelado antes de enviarse.',
    noResult: 'No quedó registrado ningún resultado para esta fila.',
    notSentStopped: 'No enviado: {{vendor}} rechazó la solicitud anterior (HTTP {{status}}). Corrige la conexión y vuelve a enviar.',
    notSentRateLimited:
      'No enviado: {{vendor}} pidió a PriceDesk esperar {{wait}} antes de enviar más (hasta {{until}}); PriceDesk espera como máximo {{cap}}, así que se detuvo aquí. Vuelve a enviar los precios restantes después de {{until}}.',
    noAnswerUnknown: '{{vendor}} no respondió. No se sabe si aplicó este precio: revísalo antes de volver a enviarlo.',
    serverErrorUnknown: '{{vendor}} tuvo un problema de su lado (HTTP {{status}}). No se sabe si aplicó este precio: revísalo antes de volver a enviarlo.',
    rejected: '{{vendor}} rechazó este precio:',
    removalUnsupported: 'No enviado: esta plataforma no permite quitar precios desde su API. Pon un precio en su lugar, o quítalo en la propia plataforma.',
    priceZero: 'No enviado. El nuevo precio {{price}} es cero; los precios deben ser mayores que cero.',
    priceNegative: 'No enviado. El nuevo precio {{price}} es negativo; los precios deben ser mayores que cero.',
    priceNotANumber: 'No enviado. El nuevo precio "{{price}}" no es un número.',
    alreadyReverted: 'No enviado. Ya lo revirtió el envío {{submission}}.',
    waitingForAnswer: 'Enviado, esperando la respuesta.',
    waitingToSend: 'Esperando para enviarse.',
    sentWithoutAnswer: 'Enviado, pero PriceDesk se detuvo antes de registrar la respuesta. Compruébalo con el proveedor antes de volver a enviarlo.',
    notSentInterrupted: 'No enviado: PriceDesk se detuvo antes de enviarlo.',
  },
  http: {
    authRefused: '{{vendor}} no aceptó las credenciales. Revisa la clave de API (o el usuario y la contraseña) en la conexión.',
    forbidden: '{{vendor}} denegó el acceso: las credenciales no tienen permiso para esto.',
    notFound: '{{vendor}} no reconoce esta dirección o elemento. Revisa la dirección, la cuenta o el id de la lista en la conexión.',
    rateLimited: '{{vendor}} está limitando las solicitudes y pidió ir más despacio; lo intentamos de nuevo, pero lo siguió rechazando.',
    serverError: '{{vendor}} tuvo un problema de su lado (HTTP {{status}}).',
    rejected: '{{vendor}} rechazó la solicitud (HTTP {{status}}).',
    tls: 'Falló la conexión segura con {{vendor}} (problema de certificado o TLS). Revisa la dirección, o pregunta a TI si un proxy intercepta la conexión.',
    nameNotFound: 'No se encontró el servidor de {{vendor}}. Revisa la dirección de la conexión y tu conexión a internet.',
    connectionRefused: 'El servidor de {{vendor}} rechazó la conexión. Revisa la dirección de la conexión.',
    noAnswer: '{{vendor}} no responde: la conexión de red falló o se agotó el tiempo de espera.',
    timeout: '{{vendor}} no respondió en {{seconds}} s.',
    tooLarge:
      '{{vendor}} envió una respuesta de más de {{limit}}, lo máximo que PriceDesk lee en una respuesta; no se leyó. Si era una actualización de precios, revisa los precios antes de volver a enviarlos.',
    waitTooLong:
      '{{vendor}} pidió a PriceDesk esperar {{wait}} antes de enviar más (hasta {{until}}); PriceDesk espera como máximo {{cap}}, así que se detuvo aquí. Vuelve a enviar los precios restantes después de {{until}}.',
    otherServer: '{{vendor}} redirigió a otro servidor ({{host}}); PriceDesk no lo seguirá.',
    invalidAddress: 'La dirección de {{vendor}} "{{address}}" no es una dirección web válida.',
    notHttps: 'La dirección de {{vendor}} debe empezar por https:// (empieza por {{protocol}}).',
  },
  demo: {
    notFound: 'La tienda de demostración no tiene ningún producto con este SKU.',
    unknownField: 'La tienda de demostración no tiene el campo de precio "{{field}}".',
    notRemovable: 'La tienda de demostración no puede quitar este precio ({{field}}); pon uno nuevo en su lugar.',
    hadNoPrice: 'Ya no tenía precio.',
    priceNotPositive: 'El precio debe ser mayor que cero.',
    tooManyDecimals_one: 'La tienda de demostración acepta como máximo {{count}} decimal.',
    tooManyDecimals_other: 'La tienda de demostración acepta como máximo {{count}} decimales.',
    belowCost: 'Aceptado, pero el precio está por debajo del costo ({{cost}}).',
  },
  connection: {
    demoConnected_one: 'Conectado a la tienda de demostración: {{count}} producto.',
    demoConnected_other: 'Conectado a la tienda de demostración: {{count}} productos.',
    noAnswer: 'La plataforma no respondió en {{seconds}} segundos.',
  },
  error: {
    invalidRequest: 'La solicitud no era válida. Revisa: {{fields}}.',
    unknownChannel: 'La aplicación pidió algo que esta versión no conoce.',
    cancelled: 'Cancelado.',
    internal: 'Algo falló dentro de PriceDesk. Los detalles quedaron en el archivo de registro.',
    keychainMac: 'PriceDesk no pudo usar el Llavero de macOS. Abre Acceso a Llaveros, comprueba que el llavero "inicio de sesión" esté desbloqueado y permite PriceDesk cuando macOS lo pregunte.',
    keychainWindows: 'PriceDesk no pudo usar el Administrador de credenciales de Windows. Inicia sesión en Windows con tu propia cuenta (no una de invitado o de quiosco) e inténtalo de nuevo.',
    keychainLinux:
      'PriceDesk no pudo acceder al llavero del sistema (Secret Service). Instala e inicia GNOME Keyring o KWallet (por ejemplo: sudo apt install gnome-keyring), inicia sesión en un escritorio y desbloquea el llavero. PriceDesk nunca guarda las claves de API en un archivo.',
    keychainForeign: 'La entrada del llavero de esta conexión no la escribió PriceDesk. Vuelve a pegar la clave de API para reemplazarla.',
  },
  notice: {
    draftDamaged: 'No se pudo leer el borrador guardado de esta conexión (el archivo está dañado), así que la tabla empieza sin él. El archivo se guardó como {{file}} en la carpeta de borradores.',
    settingsDamaged:
      'No se pudieron leer tus ajustes (el archivo está dañado), así que PriceDesk empezó con los ajustes predeterminados: no se recuperan las conexiones guardadas, la disposición de las columnas ni las asignaciones de importación. Las contraseñas y claves siguen en el llavero del sistema. El archivo dañado se guardó como {{file}} en {{folder}}.',
  },
  problem: {
    notPositive: 'El precio debe ser mayor que cero.',
    wholePricesOnly: 'Esta plataforma solo acepta precios sin decimales.',
    tooManyDecimals_one: 'Esta plataforma acepta como máximo {{count}} decimal.',
    tooManyDecimals_other: 'Esta plataforma acepta como máximo {{count}} decimales.',
    belowCost: 'Por debajo del costo ({{cost}}).',
    decimalSlip: 'Cambia el precio en {{percent}}: ¿hay una coma o un punto decimal mal puesto? Confirma este precio antes de poder enviarlo.',
    beyondThreshold: 'Cambia el precio en {{percent}} (más de ±{{threshold}} %).',
    fieldAbove: '{{field}} {{amount}} es mayor que {{against}} {{againstAmount}}.',
    fieldBelow: '{{field}} {{amount}} es menor que {{against}} {{againstAmount}}.',
  },
  refused,
  vendor,
  file,
};
