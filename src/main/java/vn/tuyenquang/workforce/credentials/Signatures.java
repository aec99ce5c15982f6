package vn.tuyenquang.workforce.credentials;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import org.springframework.stereotype.Component;

/** Signs with the department's current key (Nimbus JOSE+JWT, ES256), as a compact JWS. */
@Component
class Signatures {

    /** The media type of a W3C verifiable credential secured as a JWT (VC-JOSE-COSE). */
    static final String VC_JWT = "vc+jwt";

    private final DepartmentKeys keys;
    private final CredentialsProperties properties;
    private final ObjectMapper json;

    Signatures(DepartmentKeys keys, CredentialsProperties properties, ObjectMapper json) {
        this.keys = keys;
        this.properties = properties;
        this.json = json;
    }

    /** The QR code's token: the key's bare id in the header, nothing else, for the smallest code. */
    String compact(Map<String, Object> claims) {
        ECKey key = keys.signing();
        return sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims, key);
    }

    /**
     * A verifiable credential as a JWT: typ vc+jwt, the key named as a verification method of the department's
     * did:web ({@code did:web:…#<key id>}), and the public key itself for verifiers that do not resolve DIDs.
     */
    String credential(Map<String, Object> credential) {
        ECKey key = keys.signing();
        return sign(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(VC_JWT))
                .keyID(properties.issuerDid() + "#" + key.getKeyID()).jwk(key.toPublicJWK()).build(), credential, key);
    }

    private String sign(JWSHeader header, Map<String, Object> claims, ECKey key) {
        try {
            JWSObject jws = new JWSObject(header, new Payload(json.writeValueAsString(claims)));
            jws.sign(new ECDSASigner(key));
            return jws.serialize();
        } catch (JOSEException | JsonProcessingException e) {
            throw new IllegalStateException("cannot sign with the department's key " + key.getKeyID(), e);
        }
    }
}
