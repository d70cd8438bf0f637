package fr.integrance.rights.internal.fulfilment;

import java.io.OutputStream;

import org.springframework.stereotype.Service;

import fr.integrance.rights.RightsRequestId;

/**
 * Placeholder until the fulfilment of rights is built: every call fails. To be deleted by
 * the implementation.
 */
@Service
class UnavailableFulfilments implements Fulfilments {

	@Override
	public FulfilmentReport fulfil(FulfilmentOrder order) {
		throw new UnsupportedOperationException("Rights fulfilment is not built yet");
	}

	@Override
	public FulfilmentReport refuse(FulfilmentOrder order, String reasons) {
		throw new UnsupportedOperationException("Rights fulfilment is not built yet");
	}

	@Override
	public void writeLetter(RightsRequestId request, OutputStream out) {
		throw new UnsupportedOperationException("Rights fulfilment is not built yet");
	}

}
