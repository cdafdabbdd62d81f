import type { vendor as en } from '../en/vendors';
import type { Messages } from '../types';

export const vendor: Messages<typeof en> = {
  notAPrice: '"{{price}}" no es un precio.',
  cliniko: {
    forbidden:
      'Cliniko denegó el acceso: el usuario de Cliniko dueño de esta clave de API no puede gestionar productos, o Cliniko bloqueó la solicitud. Pide a un administrador que le dé permiso sobre los productos (Settings > Users) y vuelve a intentarlo.',
    otherRegion: 'La clave de API es de la región {{keyRegion}} de Cliniko, pero la dirección apunta a la región {{addressRegion}}. Vacía el campo de dirección de la API o corrígelo.',
    keyRefused:
      'Cliniko no aceptó la clave de API. Revisa que copiaste la clave completa, con su final: indica tu región de Cliniko (esta clave es de {{region}}), y en cualquier otra región la clave se rechaza.',
    unknownRegion: 'La clave de API de Cliniko termina en "-{{suffix}}", que no es una región de Cliniko que PriceDesk conozca ({{regions}}). Vuelve a copiar la clave completa desde Cliniko (My info > Manage API keys).',
    keyMissing: 'Escribe la clave de API de Cliniko (en Cliniko: My info > Manage API keys).',
    emailMissing: 'Escribe un correo de contacto válido para la conexión con Cliniko: Cliniko pide a cada aplicación un contacto y puede bloquear las solicitudes que no lo tengan.',
    connected_one: 'Conectado a Cliniko (región {{region}}): {{count}} producto.',
    connected_other: 'Conectado a Cliniko (región {{region}}): {{count}} productos.',
    pageLoop: 'Cliniko envió dos veces el mismo enlace de página; PriceDesk dejó de leer para no quedar en un bucle.',
    badId: '"{{id}}" no es un id de producto de Cliniko. Vuelve a cargar el catálogo.',
    unknownField: 'Los productos de Cliniko no tienen el campo de precio "{{field}}"; sus campos son {{price}} y {{cost}}.',
    tooManyDecimals_one: 'Cliniko acepta como máximo {{count}} decimal; redondea el precio primero.',
    tooManyDecimals_other: 'Cliniko acepta como máximo {{count}} decimales; redondea el precio primero.',
    answerUnreadable: 'No se pudo leer la respuesta de Cliniko.',
    notSavedTogether: 'No guardado: Cliniko guarda juntos los precios de un producto y rechazó esta actualización. Vuelve a enviarla cuando esté corregido. Cliniko dijo:',
    notSentInternal: 'PriceDesk no pudo enviar este precio a Cliniko.',
    productGone: 'Cliniko ya no tiene este producto (se eliminó o se archivó). Vuelve a cargar el catálogo.',
    savedAs: 'Cliniko guardó el precio como {{amount}}.',
    savedCostAs: 'Cliniko guardó el costo como {{amount}}.',
  },
};
